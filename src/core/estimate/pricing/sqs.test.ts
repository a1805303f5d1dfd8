import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('sqs pricing', () => {
  it('prices standard and FIFO requests', () => {
    // 3,000,000 x 0.0000004 = 1.2
    expect(lineOf('sqs-queue', { fifo: false }, { requestsPerMonth: 3e6 }).monthlyUsd).toBeCloseTo(
      1.2,
      9,
    );
    // 3,000,000 x 0.0000005 = 1.5
    expect(lineOf('sqs-queue', { fifo: true }, { requestsPerMonth: 3e6 }).monthlyUsd).toBeCloseTo(
      1.5,
      9,
    );
  });

  it('says the free tier is left out and lists the default it used', () => {
    const line = lineOf('sqs-queue');
    expect(line.assumptions.some((a) => a.startsWith('Free tier not applied'))).toBe(true);
    expect(line.inputs).toEqual([
      expect.objectContaining({ key: 'requestsPerMonth', isDefault: true }),
    ]);
  });
});
