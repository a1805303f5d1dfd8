import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

// Price class 100 serves North America and Europe (plus Israel) from the cheapest edge locations.
const CLASS_100 = /^(us-|ca-|eu-)|^(united states|usa|us|canada|europe|eu|north america)$/i;

/** Flags: CloudFront serves every edge location for users in North America and Europe. */
export const rule: Rule = {
  id: 'cloudfront-price-class',
  pillar: 'cost-optimization',
  bestPractice: 'COST08-BP02',
  severity: 'low',
  title: 'CloudFront serves every edge location for users in North America and Europe',
  rationale:
    'Price class All uses edge locations in every geography, including the most expensive ones; when users are in North America and Europe, price class 100 serves them from the same nearby locations for less.',
  remediation: 'Set the distribution price class to 100 (or 200 if some users are in Asia).',
  docs: wa('COST08-BP02'),
  services: ['cloudfront'],
  topology: false,
  needsContext: ['userLocations'],
  checkNode: (node, ctx) => {
    const where = ctx.design.context?.userLocations ?? [];
    if (
      where.length === 0 ||
      !where.every((w) => CLASS_100.test(w.trim())) ||
      ctx.prop(node, 'priceClass') === 'PriceClass_100'
    )
      return null;
    return hitOn(
      node,
      `Distribution ${nameOf(node)} uses ${String(ctx.prop(node, 'priceClass'))} for users in ${where.join(', ')}`,
      {
        title: 'Use price class 100',
        props: { priceClass: 'PriceClass_100' },
      },
    );
  },
};
