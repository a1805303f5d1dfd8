import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('elb pricing', () => {
  it('prices ALB-hours and LCU-hours', () => {
    // 730 x 0.0225 = 16.425; 1 LCU x 730 x 0.008 = 5.84; total 22.265
    expect(lineOf('application-load-balancer', {}, { lcuPerHour: 1 }).monthlyUsd).toBeCloseTo(
      22.265,
      9,
    );
  });

  it('prices NLB-hours and NLCU-hours', () => {
    // 730 x 0.0225 = 16.425; 2 NLCU x 730 x 0.006 = 8.76; total 25.185
    expect(lineOf('network-load-balancer', {}, { lcuPerHour: 2 }).monthlyUsd).toBeCloseTo(
      25.185,
      9,
    );
  });
});
