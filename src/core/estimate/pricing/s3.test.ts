import { describe, expect, it } from 'vitest';
import { lineOf, usdByItem } from '../testing.ts';

describe('s3 pricing', () => {
  it('prices Standard storage across its bands, and requests', () => {
    const line = lineOf(
      's3-bucket',
      { storageClass: 'standard' },
      { storageGb: 61440, writeRequestsPerMonth: 1e6, readRequestsPerMonth: 1e7, dataOutGb: 0 },
    );
    // 60 TB = 61,440 GB: first 50 TB 51,200 x 0.023 = 1,177.6; next 10,240 x 0.022 = 225.28
    // PUT 1,000,000 x 0.000005 = 5; GET 10,000,000 x 0.0000004 = 4; total 1,411.88
    const usd = usdByItem(line);
    expect(usd['s3/standard_storage_first_50tb']).toBeCloseTo(1177.6, 9);
    expect(usd['s3/standard_storage_next_450tb']).toBeCloseTo(225.28, 9);
    expect(line.monthlyUsd).toBeCloseTo(1411.88, 9);
  });

  it('is unknown above the last band in the data (500 TB), never cheaper', () => {
    const line = lineOf(
      's3-bucket',
      {},
      { storageGb: 600 * 1024, writeRequestsPerMonth: 0, readRequestsPerMonth: 0, dataOutGb: 0 },
    );
    expect(line.monthlyUsd).toBeNull();
    expect(line.items.at(-1)!.quantity).toBe(100 * 1024);
    expect(line.assumptions.some((a) => a.includes('unknown'))).toBe(true);
  });

  it('prices Standard-IA storage; its requests are not in the data', () => {
    const quiet = lineOf(
      's3-bucket',
      { storageClass: 'standard_ia' },
      { storageGb: 1000, writeRequestsPerMonth: 0, readRequestsPerMonth: 0, dataOutGb: 0 },
    );
    // 1,000 GB x 0.0125 = 12.5
    expect(quiet.monthlyUsd).toBeCloseTo(12.5, 9);
    const busy = lineOf(
      's3-bucket',
      { storageClass: 'standard_ia' },
      { storageGb: 1000, readRequestsPerMonth: 10 },
    );
    expect(busy.monthlyUsd).toBeNull();
  });
});
