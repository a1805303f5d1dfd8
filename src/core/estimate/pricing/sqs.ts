import { addBanded, noFreeTier } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * Amazon SQS: requests (send, receive, delete; each 64 KB chunk counts as one) at the standard
 * or FIFO price, first 100 billion a month (the data has no price above).
 */
export function priceSqs(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const kind = n.bool('fifo', false) ? 'fifo' : 'standard';
  addBanded(
    charges,
    `sqs/${kind}_requests`,
    [`sqs/${kind}_requests_first_100b`],
    n.usage('requestsPerMonth'),
  );
  noFreeTier(n, '1 million requests a month');
  return { charges };
}
