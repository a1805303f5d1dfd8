import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('dynamodb pricing', () => {
  it('prices an on-demand table with PITR', () => {
    const line = lineOf(
      'dynamodb-table',
      { capacityMode: 'on_demand', pointInTimeRecovery: true },
      { readRequestsPerMonth: 1e7, writeRequestsPerMonth: 2e6, storageGb: 20 },
    );
    // reads 10,000,000 x 0.000000125 = 1.25; writes 2,000,000 x 0.000000625 = 1.25;
    // storage 20 x 0.25 = 5; PITR 20 x 0.2 = 4; total 11.5
    expect(line.monthlyUsd).toBeCloseTo(11.5, 9);
  });

  it('prices provisioned capacity per hour', () => {
    const line = lineOf(
      'dynamodb-table',
      {
        capacityMode: 'provisioned',
        readCapacityUnits: 10,
        writeCapacityUnits: 5,
        pointInTimeRecovery: false,
      },
      { storageGb: 20 },
    );
    // 10 RCU x 730 h x 0.00013 = 0.949; 5 WCU x 730 x 0.00065 = 2.3725; storage 5; total 8.3215
    expect(line.monthlyUsd).toBeCloseTo(8.3215, 9);
  });

  it('is unknown for the Standard-IA table class (not in the data)', () => {
    expect(
      lineOf('dynamodb-table', { tableClass: 'STANDARD_INFREQUENT_ACCESS' }).monthlyUsd,
    ).toBeNull();
  });
});
