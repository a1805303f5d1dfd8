/**
 * The estimator's entry points: `estimate` prices each node in the Region it is deployed to;
 * `compareRegions` prices the whole design, or one Region container's contents, as if deployed in
 * each Region. Both are pure `(design) => Estimate` over the catalog's tables.
 */
import { PRICED_REGIONS, PRICES } from '../catalog/tables.ts';
import { descendantsOf, indexDesign } from '../model/graph.ts';
import type { DesignDocument } from '../model/types.ts';
import { CARBON_METHOD_NOTE, MARKET_BASED_NOTE, gridFactor } from './carbon.ts';
import { evaluateRegion } from './evaluate.ts';
import { planDesign, type NodePlan } from './plan.ts';
import { regionIndex } from './prices.ts';
import type { Estimate } from './types.ts';

/** Notes that hold for every estimate. */
export const ESTIMATE_NOTES: readonly string[] = Object.freeze([
  `AWS public On-Demand list prices in USD (${PRICES.retrieved}), before taxes, Savings Plans and Reserved Instances; 730 hours a month.`,
  'Free tiers are not applied.',
  'Lines whose cost or carbon is unknown (no figure in the data for that Region, or no price data for the service) and ' +
    'services not offered in a Region are listed and left out of the totals, never counted as 0.',
  CARBON_METHOD_NOTE,
  MARKET_BASED_NOTE,
]);

function notesFor(regions: readonly string[]): string[] {
  const notes = [...ESTIMATE_NOTES];
  for (const r of regions) {
    if (gridFactor(r).assumed)
      notes.push(
        `${r} has no grid factor in Cloud Carbon Footprint's data: its average of listed Regions is used.`,
      );
    if (regionIndex(r) < 0)
      notes.push(`${r} is not in the price table: every cost there is unknown.`);
  }
  return notes;
}

/** Price-table Regions first in the table's order, then any others by code. */
function regionOrder(a: string, b: string): number {
  const ia = regionIndex(a);
  const ib = regionIndex(b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
  return a.localeCompare(b);
}

export interface EstimateOptions {
  /** Region for nodes in no Region container, instead of the design's `defaultRegion`. */
  region?: string;
}

/**
 * Cost and carbon of a design as drawn: each node in the Region it is deployed to (its nearest
 * Region container's, else `opts.region`, else the design's default Region), one entry per Region.
 */
export function estimate(design: DesignDocument, opts: EstimateOptions = {}): Estimate {
  const defaultRegion = opts.region ?? design.defaultRegion;
  const plans = planDesign(design, { defaultRegion });
  const byRegion = new Map<string, NodePlan[]>();
  for (const p of plans) {
    const list = byRegion.get(p.region);
    if (list) list.push(p);
    else byRegion.set(p.region, [p]);
  }
  if (byRegion.size === 0) byRegion.set(defaultRegion, []);
  const regions = [...byRegion.keys()].sort(regionOrder);
  return {
    currency: 'USD',
    regions: regions.map((r) => evaluateRegion(byRegion.get(r)!, r)),
    notes: notesFor(regions),
  };
}

export interface CompareOptions {
  /** Id of one Region container: only the nodes inside it are compared. */
  scope?: string;
}

/**
 * The design (or the contents of the Region container `opts.scope`) priced and estimated as if
 * deployed in each of `regions`, in that order. Throws a RangeError when `scope` is not a Region
 * container of the design.
 */
export function compareRegions(
  design: DesignDocument,
  regions: readonly string[] = PRICED_REGIONS,
  opts: CompareOptions = {},
): Estimate {
  const index = indexDesign(design);
  let only: ReadonlySet<string> | undefined;
  if (opts.scope !== undefined) {
    const container = index.nodes.get(opts.scope);
    if (!container || container.service !== 'region')
      throw new RangeError(`"${opts.scope}" is not a Region container of the design`);
    only = new Set(descendantsOf(index, opts.scope));
  }
  const plans = planDesign(design, { only, index });
  return {
    currency: 'USD',
    regions: regions.map((r) => evaluateRegion(plans, r)),
    notes: notesFor(regions),
  };
}
