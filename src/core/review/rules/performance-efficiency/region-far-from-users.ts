import { REGIONS, regionInfo, type RegionInfo } from '../../../catalog/tables.ts';
import type { ReviewContext, Rule } from '../../types.ts';

/** Beyond this great-circle distance between users and the nearest Region, round trips add tens of milliseconds. km. */
export const FAR_KM = 3000;

/** Country names users type, to ISO 3166 codes as regions.json stores them. */
const COUNTRIES: Record<string, string> = {
  us: 'US',
  usa: 'US',
  'united states': 'US',
  america: 'US',
  canada: 'CA',
  mexico: 'MX',
  brazil: 'BR',
  uk: 'GB',
  'united kingdom': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  ireland: 'IE',
  germany: 'DE',
  france: 'FR',
  sweden: 'SE',
  italy: 'IT',
  spain: 'ES',
  switzerland: 'CH',
  israel: 'IL',
  india: 'IN',
  japan: 'JP',
  korea: 'KR',
  'south korea': 'KR',
  singapore: 'SG',
  australia: 'AU',
  'new zealand': 'NZ',
  indonesia: 'ID',
  malaysia: 'MY',
  thailand: 'TH',
  'hong kong': 'HK',
  taiwan: 'TW',
  uae: 'AE',
  'united arab emirates': 'AE',
  bahrain: 'BH',
  'south africa': 'ZA',
};

/** Continents as users write them, to the geography names of regions.json. */
const GEOGRAPHIES: Record<string, string> = {
  europe: 'Europe',
  eu: 'Europe',
  'north america': 'North America',
  'south america': 'South America',
  'latin america': 'South America',
  asia: 'Asia Pacific',
  'asia pacific': 'Asia Pacific',
  apac: 'Asia Pacific',
  africa: 'Africa',
  'middle east': 'Middle East',
};

function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const located = REGIONS.regions.filter(
  (r) => r.partition === 'aws' && r.lat !== null && r.lon !== null,
);

/**
 * The commercial Regions a user location stands for: a Region code, a city or Region name, a
 * country or a continent. Empty when the text matches none of them (the rule then ignores it).
 */
export function regionsForLocation(location: string): RegionInfo[] {
  const code = regionInfo(location.trim());
  if (code && code.lat !== null) return [code];
  const text = normalise(location);
  if (text === '') return [];
  const byName = located.filter(
    (r) => normalise(r.city ?? '') === text || ` ${normalise(r.name)} `.includes(` ${text} `),
  );
  if (byName.length > 0) return byName;
  const country = COUNTRIES[text] ?? (text.length === 2 ? text.toUpperCase() : undefined);
  const byCountry = located.filter((r) => r.country === country);
  if (byCountry.length > 0) return byCountry;
  const geography = GEOGRAPHIES[text];
  return located.filter((r) => r.geography === geography);
}

/** Great-circle distance between two Regions' reference cities. km. */
export function distanceKm(a: RegionInfo, b: RegionInfo): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat! - a.lat!) * rad;
  const dLon = (b.lon! - a.lon!) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat! * rad) * Math.cos(b.lat! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Containers a service can sit in without being in any Region (global services go only there). */
const OUTSIDE_REGIONS = new Set(['root', 'aws-cloud', 'corporate-data-center']);

/**
 * Region codes where the design runs workload: the Regions of its regional services. Global
 * services (Route 53, CloudFront, IAM), which can only sit outside Regions, do not count.
 */
export function workloadRegions(ctx: ReviewContext): string[] {
  const codes = new Set<string>();
  for (const n of ctx.design.nodes) {
    const e = ctx.entry(n);
    if (e?.kind === 'service' && !e.placement.parents.every((p) => OUTSIDE_REGIONS.has(p)))
      codes.add(ctx.regionOf(n));
  }
  return [...codes].sort();
}

const WORKLOAD = [
  'region',
  'ec2-instance',
  'lambda-function',
  'ecs-service',
  'fargate',
  'eks-cluster',
  'elastic-beanstalk',
  'app-runner',
  'api-gateway',
  'appsync',
  'application-load-balancer',
  'network-load-balancer',
  'rds-instance',
  'aurora-cluster',
  'dynamodb-table',
];
const EDGE = ['cloudfront', 'global-accelerator'];

/** PERF04-BP06: users thousands of kilometres from every Region of the design wait on each round trip. */
export const rule: Rule = {
  id: 'region-far-from-users',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF04-BP06',
  choiceId: 'perf_networking_choose_workload_location_network_requirements',
  severity: 'medium',
  title: 'The design runs far from where its users are',
  rationale:
    'Latency grows with distance: users more than about 3,000 km from the nearest Region add tens of milliseconds to every round trip, and a page or API call makes many. Region choice should start from where the users are, with latency tested from their locations.',
  remediation:
    'Deploy in a Region near the users (or add one), or put CloudFront or Global Accelerator in front so that connections end at an edge location close to them.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_networking_choose_workload_location_network_requirements.html',
  services: [...WORKLOAD, ...EDGE],
  topology: true,
  needsContext: ['userLocations'],
  check: (ctx) => {
    if (ctx.nodesOf(...EDGE).length > 0) return [];
    const mine = workloadRegions(ctx)
      .map((c) => regionInfo(c))
      .filter((r): r is RegionInfo => r !== undefined && r.lat !== null);
    if (mine.length === 0) return [];
    const far: string[] = [];
    let nearest = Infinity;
    for (const location of ctx.design.context?.userLocations ?? []) {
      const points = regionsForLocation(location);
      if (points.length === 0) continue;
      const d = Math.min(...points.flatMap((p) => mine.map((m) => distanceKm(p, m))));
      if (d > FAR_KM) {
        far.push(location);
        nearest = Math.min(nearest, d);
      }
    }
    if (far.length === 0) return [];
    return [
      {
        nodes: ctx.nodesOf('region').map((r) => r.id),
        message: `Users in ${far.join(', ')} are at least ${Math.round(nearest / 100) * 100} km from the design's Regions (${mine.map((m) => m.code).join(', ')})`,
      },
    ];
  },
};
