import type { NodeInput, PricingResult } from '../types.ts';

/**
 * AWS Outposts racks and servers are priced per configuration on 3-year terms; the price data has
 * no Outposts feed, so an Outpost is always unknown (never 0). The services inside it are priced
 * as running on its capacity.
 */
export function priceOutposts(n: NodeInput): PricingResult {
  const form = n.str('formFactor', 'rack');
  return {
    charges: [],
    unknownReason: `AWS Outposts ${form} prices are quoted per configuration (3-year term) and are not in the price data.`,
  };
}
