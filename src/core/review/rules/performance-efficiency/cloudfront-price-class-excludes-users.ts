import type { RegionInfo } from '../../../catalog/tables.ts';
import type { Rule } from '../../types.ts';
import { regionsForLocation } from './region-far-from-users.ts';

const CLASSES = ['PriceClass_100', 'PriceClass_200', 'PriceClass_All'];

/** Index into CLASSES of the cheapest price class whose edge locations cover the Region's area. */
function classFor(r: RegionInfo): number {
  if (r.geography === 'North America' || r.geography === 'Europe' || r.country === 'IL') return 0;
  if (r.geography === 'South America' || r.country === 'AU' || r.country === 'NZ') return 2;
  return 1;
}

/** PERF04-BP06: a price class that leaves out the users' continent serves them from distant edge locations. */
export const rule: Rule = {
  id: 'cloudfront-price-class-excludes-users',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF04-BP06',
  choiceId: 'perf_networking_choose_workload_location_network_requirements',
  severity: 'medium',
  title: 'CloudFront price class leaves out edge locations near the users',
  rationale:
    'Price Class 100 uses edge locations in North America, Europe and Israel only, and Price Class 200 adds Asia, the Middle East and Africa; users elsewhere are served from a distant edge location, which removes most of the latency benefit of the CDN.',
  remediation:
    'Choose the price class that includes edge locations where the users are (Price Class 200 for Asia, Price Class All for South America and Oceania).',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_networking_choose_workload_location_network_requirements.html',
  services: ['cloudfront'],
  topology: false,
  needsContext: ['userLocations'],
  checkNode: (n, ctx) => {
    const current = CLASSES.indexOf(String(ctx.prop(n, 'priceClass')));
    let needed = 0;
    const outside: string[] = [];
    for (const location of ctx.design.context?.userLocations ?? []) {
      const regions = regionsForLocation(location);
      if (regions.length === 0) continue;
      const need = Math.min(...regions.map(classFor));
      if (need > current) outside.push(location);
      needed = Math.max(needed, need);
    }
    if (current < 0 || needed <= current) return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} uses ${CLASSES[current]}, which has no edge locations near users in ${outside.join(', ')}`,
      fix: { title: `Use ${CLASSES[needed]}`, node: n.id, props: { priceClass: CLASSES[needed] } },
    };
  },
};
