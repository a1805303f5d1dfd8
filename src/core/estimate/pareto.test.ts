import { describe, expect, it } from 'vitest';
import { compareRegions } from './estimate.ts';
import { paretoRegions } from './pareto.ts';
import { designOf, nodeOf } from './testing.ts';
import type { Estimate, RegionEstimate } from './types.ts';

function region(
  code: string,
  monthlyUsd: number,
  kgCo2eMonth: number,
  extra: Partial<RegionEstimate> = {},
): RegionEstimate {
  return {
    region: code,
    monthlyUsd,
    kgCo2eMonth,
    kwhMonth: 0,
    unknown: [],
    unavailable: [],
    lines: [],
    ...extra,
  };
}

function marks(...regions: RegionEstimate[]) {
  const est: Estimate = { currency: 'USD', regions, notes: [] };
  return Object.fromEntries(paretoRegions(est).map((m) => [m.region, m]));
}

describe('paretoRegions', () => {
  it('marks the cheapest, the lowest-carbon and the Pareto-optimal Regions', () => {
    const m = marks(
      region('a', 100, 50),
      region('b', 80, 60),
      region('c', 120, 40),
      region('d', 130, 70),
    );
    expect(m.b.cheapest).toBe(true);
    expect(m.c.lowestCarbon).toBe(true);
    expect(['a', 'b', 'c', 'd'].filter((r) => m[r].paretoOptimal)).toEqual(['a', 'b', 'c']);
    expect(m.d).toMatchObject({
      cheapest: false,
      lowestCarbon: false,
      paretoOptimal: false,
      considered: true,
    });
  });

  it('ignores Regions lacking a service unless all lack one', () => {
    const m = marks(region('a', 100, 50), region('x', 1, 1, { unavailable: ['w'] }));
    expect(m.x).toMatchObject({
      considered: false,
      cheapest: false,
      lowestCarbon: false,
      paretoOptimal: false,
    });
    expect(m.a).toMatchObject({ cheapest: true, lowestCarbon: true, paretoOptimal: true });
    const all = marks(
      region('a', 100, 50, { unavailable: ['w'] }),
      region('x', 1, 1, { unavailable: ['w'] }),
    );
    expect(all.x).toMatchObject({
      considered: true,
      cheapest: true,
      lowestCarbon: true,
      paretoOptimal: true,
    });
    expect(all.a.paretoOptimal).toBe(false);
  });

  it('compares only the Regions with the fewest unknown lines', () => {
    const m = marks(
      region('a', 100, 50, { unknown: ['dns'] }),
      region('b', 10, 10, { unknown: ['dns', 'db'] }),
    );
    expect(m.b.considered).toBe(false);
    expect(m.a.cheapest).toBe(true);
  });

  it('shares a mark between ties', () => {
    const m = marks(region('a', 10, 5), region('b', 10, 5));
    expect([m.a.cheapest, m.b.cheapest, m.a.paretoOptimal, m.b.paretoOptimal]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('finds eu-north-1 the lowest-carbon Region for an EC2 workload', () => {
    const c = compareRegions(
      designOf([nodeOf('vm', 'ec2-instance', { instanceType: 'm5.large' })]),
    );
    const low = paretoRegions(c)
      .filter((m) => m.lowestCarbon)
      .map((m) => m.region);
    expect(low).toEqual(['eu-north-1']);
    expect(paretoRegions(c).some((m) => m.cheapest && m.region === 'us-east-1')).toBe(true);
  });
});
