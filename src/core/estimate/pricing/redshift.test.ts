import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('redshift pricing', () => {
  it('prices DC2 node-hours', () => {
    // 2 nodes x 730 h x 0.25 = 365
    expect(
      lineOf('redshift-cluster', { nodeType: 'dc2.large', numberOfNodes: 2 }).monthlyUsd,
    ).toBeCloseTo(365, 9);
  });

  it('prices Serverless RPU-hours at the base capacity', () => {
    // 8 RPU x 120 h x 0.375 = 360
    expect(
      lineOf('redshift-serverless', { baseCapacityRpu: 8 }, { hoursPerMonth: 120, storageGb: 0 })
        .monthlyUsd,
    ).toBeCloseTo(360, 9);
  });

  it('is unknown when RA3 managed storage is used (not in the data)', () => {
    expect(
      lineOf('redshift-cluster', { nodeType: 'ra3.xlplus' }, { storageGb: 500 }).monthlyUsd,
    ).toBeNull();
  });
});
