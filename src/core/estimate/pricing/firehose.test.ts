import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('firehose pricing', () => {
  it('prices ingestion and format conversion per GB', () => {
    // 100 GB x 0.029 = 2.9
    expect(lineOf('firehose', {}, { dataIngestedGb: 100 }).monthlyUsd).toBeCloseTo(2.9, 9);
    // + 100 GB x 0.018 = 1.8; total 4.7
    expect(
      lineOf('firehose', { formatConversion: true }, { dataIngestedGb: 100 }).monthlyUsd,
    ).toBeCloseTo(4.7, 9);
  });

  it('is unknown with VPC delivery (its per-GB price is not in the data)', () => {
    expect(lineOf('firehose', { vpcDeliveryAzs: 2 }).monthlyUsd).toBeNull();
  });
});
