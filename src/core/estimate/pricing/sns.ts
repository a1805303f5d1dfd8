import { add, addMissing, noFreeTier } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * Amazon SNS standard topics: publish API requests (per 64 KB chunk), HTTP/S and email
 * notifications; deliveries to SQS and Lambda are free (0 in the data). FIFO topics are priced
 * differently and are not in the data.
 */
export function priceSns(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const requests = n.usage('requestsPerMonth');
  if (n.bool('fifo', false)) {
    addMissing(n, charges, 'sns/fifo_publish_requests', requests, 'FIFO topic publishes');
  } else {
    add(charges, 'sns/api_requests', requests);
  }
  add(charges, 'sns/http_notifications', n.usage('httpNotificationsPerMonth'));
  add(charges, 'sns/email_notifications', n.usage('emailNotificationsPerMonth'));
  n.assume('Deliveries to SQS queues and Lambda functions are free.');
  noFreeTier(n, '1 million publishes, 100,000 HTTP and 1,000 email notifications a month');
  return { charges };
}
