import { CATALOG_ENTRIES } from '../../../catalog/index.ts';
import { PRICED_REGIONS, PRICES } from '../../../catalog/tables.ts';
import type { Rule } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/**
 * Per pricing key, the priced Regions where at least one of its price items has a figure. A
 * service whose items are all null in a Region is taken as not offered there (the price table
 * lists every Region it covers, with null where AWS publishes no price). CloudFront items are
 * keyed by edge geography, not Region, and are left out.
 */
const offeredIn = new Map<string, Set<string>>();
for (const [key, item] of Object.entries(PRICES.items)) {
  if (item.keyedBy === 'edge-geography') continue;
  const service = key.slice(0, key.indexOf('/'));
  const set = offeredIn.get(service) ?? new Set<string>();
  for (const region of PRICED_REGIONS) if (item.prices[region] != null) set.add(region);
  offeredIn.set(service, set);
}

/** Catalog services priced by a key that is missing from at least one priced Region. */
const PARTIAL = CATALOG_ENTRIES.filter((e) => {
  const set = e.pricing ? offeredIn.get(e.pricing) : undefined;
  return set !== undefined && set.size < PRICED_REGIONS.length;
});

/** Flags: Service not offered in the Region it is placed in. */
export const rule: Rule = {
  id: 'region-service-unavailable',
  pillar: 'reliability',
  bestPractice: 'REL10-BP01',
  severity: 'high',
  title: 'Service not offered in the Region it is placed in',
  rationale:
    'Not every service runs in every Region; a design that places one where AWS does not offer it cannot be deployed as drawn, and a DR Region that lacks a service cannot take over.',
  remediation:
    'Move the service to a Region that offers it (check the AWS Regional services list) or replace it with one available there.',
  docs: wa('REL10-BP01'),
  services: PARTIAL.map((e) => e.id),
  topology: true,
  check: (ctx) =>
    ctx.nodesOf(...PARTIAL.map((e) => e.id)).flatMap((n) => {
      const region = ctx.regionOf(n);
      const set = offeredIn.get(ctx.entry(n)!.pricing!)!;
      if (!PRICED_REGIONS.includes(region) || set.has(region)) return [];
      return [
        {
          nodes: [n.id],
          message: `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} is not offered in ${region}`,
        },
      ];
    }),
};
