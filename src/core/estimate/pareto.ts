/**
 * Marks on a Region comparison: the cheapest Region, the lowest-carbon Region, and the
 * Pareto-optimal ones (no other Region is at least as cheap and as clean and better in one).
 */
import type { Estimate, RegionEstimate } from './types.ts';

export interface RegionMark {
  region: string;
  monthlyUsd: number;
  kgCo2eMonth: number;
  /** False when the Region was left out of the marking (see `paretoRegions`). */
  considered: boolean;
  cheapest: boolean;
  lowestCarbon: boolean;
  paretoOptimal: boolean;
}

/** Keeps the Regions passing `ok`, or all of them when none does. */
function keepOr(all: RegionEstimate[], ok: (r: RegionEstimate) => boolean): RegionEstimate[] {
  const kept = all.filter(ok);
  return kept.length > 0 ? kept : all;
}

/**
 * Marks the Regions of a comparison, in the comparison's order. Regions lacking a service
 * (`unavailable`) are left out unless every Region lacks one; of the rest, only those with the
 * fewest unknown lines count, since a total that leaves out more lines is not comparable. Ties
 * share a mark.
 */
export function paretoRegions(comparison: Estimate): RegionMark[] {
  const all = comparison.regions;
  const available = keepOr(all, (r) => r.unavailable.length === 0);
  const fewestUnknown = Math.min(...available.map((r) => r.unknown.length));
  const considered = new Set(available.filter((r) => r.unknown.length === fewestUnknown));
  const pool = [...considered];
  const minUsd = Math.min(...pool.map((r) => r.monthlyUsd));
  const minKg = Math.min(...pool.map((r) => r.kgCo2eMonth));
  const dominated = (r: RegionEstimate) =>
    pool.some(
      (o) =>
        o !== r &&
        o.monthlyUsd <= r.monthlyUsd &&
        o.kgCo2eMonth <= r.kgCo2eMonth &&
        (o.monthlyUsd < r.monthlyUsd || o.kgCo2eMonth < r.kgCo2eMonth),
    );
  return all.map((r) => {
    const inPool = considered.has(r);
    return {
      region: r.region,
      monthlyUsd: r.monthlyUsd,
      kgCo2eMonth: r.kgCo2eMonth,
      considered: inPool,
      cheapest: inPool && r.monthlyUsd === minUsd,
      lowestCarbon: inPool && r.kgCo2eMonth === minKg,
      paretoOptimal: inPool && !dominated(r),
    };
  });
}
