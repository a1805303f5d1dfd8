import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('kinesis_data_streams pricing', () => {
  it('prices an on-demand stream', () => {
    const line = lineOf(
      'kinesis-data-streams',
      { capacityMode: 'ON_DEMAND' },
      { dataIngestedGb: 30, dataRetrievedGb: 60 },
    );
    // 730 stream-hours x 0.04 = 29.2; 30 GB x 0.08 = 2.4; 60 GB x 0.04 = 2.4; total 34
    expect(line.monthlyUsd).toBeCloseTo(34, 9);
  });

  it('prices a provisioned stream by shard-hours and payload units', () => {
    const line = lineOf(
      'kinesis-data-streams',
      { capacityMode: 'PROVISIONED', shardCount: 2 },
      { writeRequestsPerMonth: 3e7 },
    );
    // 2 shards x 730 h x 0.015 = 21.9; 30,000,000 x 0.000000014 = 0.42; total 22.32
    expect(line.monthlyUsd).toBeCloseTo(22.32, 9);
  });

  it('is unknown with retention beyond 24 hours (no price in the data)', () => {
    expect(lineOf('kinesis-data-streams', { retentionPeriodHours: 48 }).monthlyUsd).toBeNull();
  });
});
