/**
 * Planning: everything about a node that does not depend on the Region it is priced in (charges,
 * energy, assumptions), computed once per node. Evaluating a plan in a Region is then only price
 * look-ups and multiplications, which keeps 1,000 nodes x 16 Regions within a frame or two.
 */
import { CATEGORIES, getEntry, type CatalogEntry } from '../catalog/index.ts';
import { indexDesign, type DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode } from '../model/types.ts';
import type { NodeCarbon } from './carbon.ts';
import { nodeCarbon } from './carbon-models.ts';
import { designScheduleHours, fmtNum, nodeReader, type Placement } from './node-input.ts';
import { indexedItem, type IndexedItem } from './prices.ts';
import { PRICING_MODELS } from './pricing/index.ts';
import type { Charge, UsageInput } from './types.ts';

/** How a plan's cost is found. */
export type PlanKind = 'priced' | 'free' | 'unknown';

/** A charge with its price items looked up once, so each Region only reads an array. */
export interface ResolvedCharge {
  charge: Charge;
  /** null when the price table has no such item. */
  item: IndexedItem | null;
  /** The band items, in order (null entries: not in the table). */
  bands: (IndexedItem | null)[] | null;
}

/** One node, ready to be evaluated in any Region. */
export interface NodePlan {
  node: DesignNode;
  label: string;
  category: string;
  /** The Region the node is deployed to: its nearest Region container's, else the design default. */
  region: string;
  /** Id of the nearest Region container, or undefined at the top level. */
  regionContainer: string | undefined;
  kind: PlanKind;
  /** Pricing key (the price table's item prefix) when `kind` is `priced`. */
  pricingKey: string | null;
  charges: ResolvedCharge[];
  carbon: NodeCarbon | null;
  assumptions: string[];
  inputs: UsageInput[];
}

interface Place extends Placement {
  region: string | undefined;
  regionContainer: string | undefined;
  vpc: string | undefined;
}

/**
 * Where each container sits (Region, Outpost, zone, VPC), memoised per container id so that
 * every node costs one map look-up plus its own step, not a walk to the root.
 */
function placeResolver(index: DesignIndex): (parentId: string | undefined) => Place {
  const memo = new Map<string, Place>();
  const zoneCounts = new Map<string, number>();
  const zonesIn = (vpc: string | undefined): number => {
    if (vpc === undefined) return 0;
    let c = zoneCounts.get(vpc);
    if (c === undefined) {
      c = 0;
      const stack = [...(index.children.get(vpc) ?? [])];
      const seen = new Set<string>();
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        if (index.nodes.get(id)?.service === 'availability-zone') c += 1;
        stack.push(...(index.children.get(id) ?? []));
      }
      zoneCounts.set(vpc, c);
    }
    return c;
  };
  const top: Place = {
    region: undefined,
    regionContainer: undefined,
    vpc: undefined,
    onOutpost: false,
    inZone: false,
    zonesInVpc: () => 0,
    groupSize: 1,
  };
  const visiting = new Set<string>();
  const resolve = (id: string | undefined): Place => {
    if (id === undefined) return top;
    const hit = memo.get(id);
    if (hit) return hit;
    const node = index.nodes.get(id);
    if (!node || visiting.has(id)) return top; // missing parent or a cycle: treat as top level
    visiting.add(id);
    const up = resolve(node.parent);
    visiting.delete(id);
    const s = node.service;
    const code =
      s === 'region'
        ? (node.props?.region ??
          getEntry('region')?.properties.find((p) => p.key === 'region')?.default)
        : undefined;
    const vpc = s === 'vpc' ? id : up.vpc;
    const place: Place = {
      region: typeof code === 'string' ? code : up.region,
      regionContainer: s === 'region' ? id : up.regionContainer,
      vpc,
      onOutpost: up.onOutpost || s === 'outpost' || s === 'outpost-subnet',
      inZone: up.inZone || s === 'availability-zone',
      zonesInVpc: vpc === up.vpc ? up.zonesInVpc : () => zonesIn(vpc),
      groupSize: s === 'auto-scaling-group' ? desiredCapacity(node) : up.groupSize,
    };
    memo.set(id, place);
    return place;
  };
  return resolve;
}

/** An Auto Scaling group's desired capacity (its catalog default when unset), at least 0. */
function desiredCapacity(node: DesignNode): number {
  const own = node.props?.desiredCapacity;
  const fallback = getEntry('auto-scaling-group')?.properties.find(
    (p) => p.key === 'desiredCapacity',
  )?.default;
  const v = typeof own === 'number' ? own : typeof fallback === 'number' ? fallback : 1;
  return Math.max(0, v);
}

/** Containers with no charge and no emissions of their own get no line. */
function needsLine(entry: CatalogEntry): boolean {
  if (entry.kind !== 'container') return true;
  return !(
    (entry.pricing === null || entry.pricing === 'free') &&
    (entry.carbon === null || entry.carbon === 'none')
  );
}

function unknownPlan(
  node: DesignNode,
  region: string,
  regionContainer: string | undefined,
  why: string,
): NodePlan {
  return {
    node,
    label: node.label ?? node.service,
    category: 'general',
    region,
    regionContainer,
    kind: 'unknown',
    pricingKey: null,
    charges: [],
    carbon: null,
    assumptions: [why],
    inputs: [],
  };
}

/** Says why a charge will have no price: an item the data lacks, or a quantity above its last band. */
function checkCharge(c: Charge, assumptions: string[]): void {
  for (const k of c.bands ?? [c.item]) {
    if (!indexedItem(k) && !assumptions.some((a) => a.includes(k)))
      assumptions.push(`No price for ${k} in the price data: the cost is unknown.`);
  }
  const last = c.bands ? indexedItem(c.bands[c.bands.length - 1]) : null;
  if (last?.band && last.item.tier && c.quantity > last.band.to) {
    const { to, unit } = last.item.tier;
    assumptions.push(
      `${c.item}: the price data stops at ${fmtNum(to ?? Infinity)} ${unit}; the rest has no price, so the cost is unknown.`,
    );
  }
}

/** Plans one node; `place` is where its parent container sits. */
function planNode(
  node: DesignNode,
  entry: CatalogEntry,
  place: Place,
  defaultRegion: string,
  scheduleHours: number,
): NodePlan {
  const region = place.region ?? defaultRegion;
  const own: Placement = {
    onOutpost: place.onOutpost,
    inZone: place.inZone,
    zonesInVpc: place.zonesInVpc,
    groupSize: place.groupSize,
  };
  const { input, assumptions, inputs } = nodeReader(node, entry, scheduleHours, own);
  const plan: NodePlan = {
    node,
    label: node.label ?? entry.name,
    category: CATEGORIES[entry.category] ?? entry.category,
    region,
    regionContainer: place.regionContainer,
    kind: 'free',
    pricingKey: null,
    charges: [],
    carbon: null,
    assumptions,
    inputs,
  };
  const key = entry.pricing;
  const model = key ? PRICING_MODELS[key] : undefined;
  let priced = null;
  if (model) {
    priced = model(input);
    if (priced.unknownReason) {
      plan.kind = 'unknown';
      assumptions.push(priced.unknownReason);
    } else {
      plan.kind = 'priced';
      plan.pricingKey = key;
      for (const c of priced.charges) {
        checkCharge(c, assumptions);
        plan.charges.push({
          charge: c,
          item: c.bands ? null : indexedItem(c.item),
          bands: c.bands ? c.bands.map(indexedItem) : null,
        });
      }
    }
  } else if (key !== null && key !== 'free') {
    plan.kind = 'unknown';
    assumptions.push(`No price data for ${entry.name}: its cost is unknown, not zero.`);
  }
  plan.carbon = nodeCarbon(entry.carbon, priced, input, assumptions);
  return plan;
}

/**
 * Plans the nodes of a design. `only`, when given, limits the plans to those node ids (a Region
 * container's contents); `defaultRegion` replaces the design's default Region.
 */
export function planDesign(
  design: DesignDocument,
  opts: { defaultRegion?: string; only?: ReadonlySet<string>; index?: DesignIndex } = {},
): NodePlan[] {
  const index = opts.index ?? indexDesign(design);
  const resolve = placeResolver(index);
  const defaultRegion = opts.defaultRegion ?? design.defaultRegion;
  const scheduleHours = designScheduleHours(design);
  const plans: NodePlan[] = [];
  for (const node of design.nodes) {
    if (opts.only && !opts.only.has(node.id)) continue;
    const entry = getEntry(node.service);
    const place = resolve(node.parent);
    if (!entry) {
      plans.push(
        unknownPlan(
          node,
          place.region ?? defaultRegion,
          place.regionContainer,
          `Unknown service "${node.service}": cost and carbon unknown.`,
        ),
      );
      continue;
    }
    if (!needsLine(entry)) continue;
    plans.push(planNode(node, entry, place, defaultRegion, scheduleHours));
  }
  return plans;
}
