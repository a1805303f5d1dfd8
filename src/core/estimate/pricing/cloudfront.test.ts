import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('cloudfront pricing', () => {
  it('prices data out and HTTPS requests at the edge geography, the same in every Region', () => {
    const us = lineOf(
      'cloudfront',
      { viewerGeography: 'United States' },
      { dataOutGb: 500, requestsPerMonth: 1e7 },
    );
    // 500 GB x 0.085 = 42.5; 10,000,000 x 0.000001 = 10; total 52.5
    expect(us.monthlyUsd).toBeCloseTo(52.5, 9);
    const fromMumbai = lineOf(
      'cloudfront',
      { viewerGeography: 'United States' },
      { dataOutGb: 500, requestsPerMonth: 1e7 },
      { region: 'ap-south-1' },
    );
    expect(fromMumbai.monthlyUsd).toBeCloseTo(52.5, 9);
    expect(fromMumbai.unavailable).toBe(false);
  });

  it('prices HTTP requests when viewers may use HTTP', () => {
    const eu = lineOf(
      'cloudfront',
      { viewerGeography: 'EU', viewerProtocolPolicy: 'allow-all' },
      { dataOutGb: 500, requestsPerMonth: 1e7 },
    );
    // 500 x 0.085 = 42.5; 10,000,000 x 0.0000009 = 9; total 51.5
    expect(eu.monthlyUsd).toBeCloseTo(51.5, 9);
  });

  it('is unknown above 10 TB (the data has only the first band)', () => {
    expect(lineOf('cloudfront', {}, { dataOutGb: 20000 }).monthlyUsd).toBeNull();
  });
});
