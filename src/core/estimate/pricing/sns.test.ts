import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('sns pricing', () => {
  it('prices publishes and HTTP and email notifications', () => {
    const line = lineOf(
      'sns-topic',
      {},
      { requestsPerMonth: 1e6, httpNotificationsPerMonth: 1e5, emailNotificationsPerMonth: 1000 },
    );
    // 1,000,000 x 0.0000005 = 0.5; 100,000 x 0.0000006 = 0.06; 1,000 x 0.00002 = 0.02; total 0.58
    expect(line.monthlyUsd).toBeCloseTo(0.58, 9);
  });

  it('is unknown for FIFO topics (not in the data)', () => {
    expect(lineOf('sns-topic', { fifo: true }).monthlyUsd).toBeNull();
  });
});
