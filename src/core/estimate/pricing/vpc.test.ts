import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('vpc pricing', () => {
  it('prices an Elastic IP per hour', () => {
    // 730 x 0.005 = 3.65
    expect(lineOf('elastic-ip').monthlyUsd).toBeCloseTo(3.65, 9);
  });

  it('prices interface endpoints per AZ-hour and GB; gateway endpoints are free', () => {
    // 2 AZ x 730 h x 0.01 = 14.6; 100 GB x 0.01 = 1; total 15.6
    expect(
      lineOf('vpc-endpoint', { endpointType: 'Interface' }, { azCount: 2, dataProcessedGb: 100 })
        .monthlyUsd,
    ).toBeCloseTo(15.6, 9);
    expect(lineOf('vpc-endpoint', { endpointType: 'Gateway' }).monthlyUsd).toBe(0);
  });

  it('prices transit gateway attachments and data', () => {
    // 2 x 730 x 0.05 = 73; 100 GB x 0.02 = 2; total 75
    expect(
      lineOf('transit-gateway', {}, { attachments: 2, dataProcessedGb: 100 }).monthlyUsd,
    ).toBeCloseTo(75, 9);
  });

  it('prices a Site-to-Site VPN connection and its data out', () => {
    // 730 x 0.05 = 36.5; 100 GB x 0.09 = 9; total 45.5
    expect(lineOf('site-to-site-vpn', {}, { dataOutGb: 100 }).monthlyUsd).toBeCloseTo(45.5, 9);
  });
});
