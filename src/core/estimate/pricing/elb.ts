import { add } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/** Load balancer kinds by catalog id: the price item prefix. */
const KIND: Record<string, 'alb' | 'nlb' | 'gwlb' | 'clb'> = {
  'application-load-balancer': 'alb',
  'network-load-balancer': 'nlb',
  'gateway-load-balancer': 'gwlb',
  'classic-load-balancer': 'clb',
};

/**
 * Elastic Load Balancing: load-balancer-hours and (N)LCU-hours for the running hours. An ALB on
 * an Outpost is billed at the Outposts ALB hourly price; its capacity is the Outpost's.
 */
export function priceElb(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const kind = KIND[n.entry.id] ?? 'alb';
  const hours = n.runningHours();
  if (kind === 'alb' && n.onOutpost) {
    add(charges, 'elb/outposts_alb_hour', hours);
    n.assume('On an Outpost: ALB-hours at the Outposts price; capacity units run on the Outpost.');
    return { charges, footprint: { networkGb: 0 } };
  }
  add(charges, `elb/${kind}_hour`, hours);
  if (kind === 'alb' || kind === 'nlb')
    add(charges, `elb/${kind}_lcu_hour`, n.usage('lcuPerHour') * hours);
  n.assume('Public IPv4 addresses of an internet-facing load balancer are not included.');
  n.assume(
    'Carbon: traffic inside the Region is not counted (CCF counts data leaving the Region or the cloud).',
  );
  return { charges, footprint: { networkGb: 0 } };
}
