import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.ts';
import { designOf, nodeOf } from '../testing.ts';

describe('outposts pricing', () => {
  it('is unknown (no Outposts price feed), listed and never counted as 0', () => {
    const e = estimate(
      designOf([nodeOf('o', 'outpost'), nodeOf('q', 'sqs-queue', {}, { requestsPerMonth: 1e6 })]),
    );
    const r = e.regions[0];
    expect(r.lines.find((l) => l.node === 'o')!.monthlyUsd).toBeNull();
    expect(r.unknown).toContain('o');
    // only the queue: 1,000,000 x 0.0000004 = 0.4
    expect(r.monthlyUsd).toBeCloseTo(0.4, 9);
  });
});
