import { emissionFactor, priceOf, PRICED_REGIONS, regionInfo } from '../../../catalog/tables.ts';
import type { DesignNode } from '../../../model/types.ts';
import type { ReviewContext, RuleHit, Rule } from '../../types.ts';

/** A candidate Region must have at most this share of the current grid factor to count as much lower-carbon. */
const MUCH_LOWER = 0.5;
/** A candidate Region may cost at most this much more for the design's hourly-priced services. */
const SIMILAR_COST = 1.15;

/** Services the comparison prices, all billed by the hour. */
const HOURLY = [
  'ec2-instance',
  'elastic-beanstalk',
  'eks-cluster',
  'rds-instance',
  'aurora-cluster',
  'elasticache',
  'redshift-cluster',
  'nat-gateway',
  'application-load-balancer',
  'network-load-balancer',
  'kinesis-data-streams',
];

/**
 * The price-table items (and how many of each) a node runs per hour; empty when it has none priced.
 * Read through ctx.prop on every review, with no cache of its own, so the engine sees which settings
 * the rule depends on and re-runs it when one of them changes.
 */
function hourlyItems(ctx: ReviewContext, n: DesignNode): [string, number][] {
  const p = (k: string) => String(ctx.prop(n, k) ?? '');
  const num = (k: string) => Number(ctx.prop(n, k) ?? 1);
  switch (n.service) {
    case 'ec2-instance':
      return [[`ec2/${p('instanceType')}`, 1]];
    case 'elastic-beanstalk':
      return [[`ec2/${p('instanceType')}`, num('minInstances')]];
    case 'eks-cluster':
      return [[`ec2/${p('nodeInstanceType')}`, ctx.usage(n, 'nodeCount') ?? 1]];
    case 'rds-instance':
      return [
        [
          `rds/${p('engine')}_${p('instanceClass')}_${ctx.prop(n, 'multiAz') === true ? 'multi-az' : 'single-az'}`,
          1,
        ],
      ];
    case 'aurora-cluster':
      return p('capacityMode') === 'provisioned'
        ? [[`aurora/${p('engine')}_${p('instanceClass')}_standard`, 1]]
        : [];
    case 'elasticache':
      return p('deployment') === 'node-based'
        ? [
            [
              `elasticache/${p('engine')}_${p('nodeType')}`,
              num('numShards') * (1 + num('replicasPerShard')),
            ],
          ]
        : [];
    case 'redshift-cluster':
      return [[`redshift/${p('nodeType')}`, num('numberOfNodes')]];
    case 'nat-gateway':
      return [['nat_gateway/hour', 1]];
    case 'application-load-balancer':
      return [['elb/alb_hour', 1]];
    case 'network-load-balancer':
      return [['elb/nlb_hour', 1]];
    case 'kinesis-data-streams':
      return p('capacityMode') === 'PROVISIONED'
        ? [['kinesis_data_streams/provisioned_shard_hour', num('shardCount')]]
        : [];
    default:
      return [];
  }
}

/** USD per hour of the items in a Region, or null when one of them has no price there. */
function hourlyCost(items: ReadonlyMap<string, number>, region: string): number | null {
  let total = 0;
  for (const [key, count] of items) {
    const price = priceOf(key, region);
    if (price === null || price === undefined) return null;
    total += price * count;
  }
  return total;
}

/**
 * SUS01-BP01: among priced Regions of the same geography, one whose grid emits at most half as
 * much CO2e per kWh and whose prices for the design's hourly services are within 15% is worth a look.
 */
export const rule: Rule = {
  id: 'high-carbon-region',
  pillar: 'sustainability',
  bestPractice: 'SUS01-BP01',
  choiceId: 'sus_sus_region_a2',
  // Advisory: Region choice also weighs latency, features and compliance, which the design may not show.
  severity: 'low',
  title: 'A much lower-carbon Region of similar cost is available nearby',
  rationale:
    'The same servers emit more or less CO2e depending on the grid that powers the Region. Once Regions are shortlisted on latency, cost, services and compliance, the one with the lower carbon intensity should win, as in choosing Stockholm over London for users in the UK and Sweden.',
  remediation:
    'Compare the suggested Region on latency to the users, service availability and data-residency rules; if it fits, deploy there (or place the next environment there).',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_region_a2.html',
  services: [...HOURLY, 'region'],
  topology: true,
  check: (ctx) => {
    // Per Region, how many of each priced item the design runs (summed, so that pricing is per distinct item).
    const byRegion = new Map<string, Map<string, number>>();
    for (const n of ctx.nodesOf(...HOURLY)) {
      const region = ctx.regionOf(n);
      let items = byRegion.get(region);
      if (!items) byRegion.set(region, (items = new Map()));
      for (const [key, count] of hourlyItems(ctx, n)) {
        if (typeof priceOf(key, region) === 'number') items.set(key, (items.get(key) ?? 0) + count);
      }
    }
    const hits: RuleHit[] = [];
    for (const [region, items] of [...byRegion].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const here = emissionFactor(region);
      const cost = hourlyCost(items, region);
      const geography = regionInfo(region)?.geography;
      if (!here || !cost || items.size === 0 || !geography) continue;
      let best: { code: string; g: number; cost: number } | undefined;
      for (const code of PRICED_REGIONS) {
        const f = emissionFactor(code);
        if (
          code === region ||
          !f ||
          regionInfo(code)?.geography !== geography ||
          f.gCo2ePerKwh > here.gCo2ePerKwh * MUCH_LOWER
        )
          continue;
        const there = hourlyCost(items, code);
        if (there === null || there > cost * SIMILAR_COST) continue;
        if (!best || f.gCo2ePerKwh < best.g) best = { code, g: f.gCo2ePerKwh, cost: there };
      }
      if (!best) continue;
      const diff = Math.round(((best.cost - cost) / cost) * 100);
      const containers = ctx.nodesOf('region').filter((r) => ctx.prop(r, 'region') === region);
      hits.push({
        nodes: containers.length > 0 ? containers.map((r) => r.id) : [],
        message:
          `${region} (${Math.round(here.gCo2ePerKwh)} gCO2e/kWh) could move to ${best.code} (${Math.round(best.g)} gCO2e/kWh) ` +
          `for ${diff >= 0 ? '+' : ''}${diff}% on the hourly-priced services`,
      });
    }
    return hits;
  },
};
