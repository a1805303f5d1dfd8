import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('aurora pricing', () => {
  it('prices a provisioned cluster with a reader, storage and I/O', () => {
    const line = lineOf(
      'aurora-cluster',
      {
        engine: 'postgresql',
        capacityMode: 'provisioned',
        instanceClass: 'db.r6g.large',
        multiAz: true,
        storageConfiguration: 'standard',
      },
      { storageGb: 100, ioRequestsPerMonth: 5e7 },
    );
    // 2 instances x 730 h x 0.26 = 379.6; 100 GB x 0.1 = 10; 50,000,000 I/O x 0.0000002 = 10; total 399.6
    expect(line.monthlyUsd).toBeCloseTo(399.6, 9);
  });

  it('prices Serverless v2 by ACU-hours', () => {
    const line = lineOf(
      'aurora-cluster',
      { capacityMode: 'serverless_v2', multiAz: false },
      { averageAcu: 2, storageGb: 100, ioRequestsPerMonth: 5e7 },
    );
    // 2 ACU x 1 instance x 730 h x 0.12 = 175.2; storage 10; I/O 10; total 195.2
    expect(line.monthlyUsd).toBeCloseTo(195.2, 9);
  });

  it('is unknown where the class has no price (r7g in eu-west-3), known elsewhere', () => {
    const props = { engine: 'mysql', instanceClass: 'db.r7g.large', multiAz: false };
    expect(lineOf('aurora-cluster', props, {}, { region: 'eu-west-3' }).monthlyUsd).toBeNull();
    // 730 x 0.276 = 201.48; storage 100 x 0.1 = 10; I/O 50,000,000 x 0.0000002 = 10 (defaults)
    expect(lineOf('aurora-cluster', props).monthlyUsd).toBeCloseTo(221.48, 9);
  });

  it('prices I/O-Optimized storage but its instance prices are not in the data', () => {
    expect(
      lineOf('aurora-cluster', { storageConfiguration: 'io_optimized' }).monthlyUsd,
    ).toBeNull();
  });
});
