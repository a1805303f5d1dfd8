import type { Rule } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: Elastic IP address not attached to anything. */
export const rule: Rule = {
  id: 'unattached-elastic-ip',
  pillar: 'cost-optimization',
  bestPractice: 'COST04-BP03',
  severity: 'medium',
  title: 'Elastic IP address not attached to anything',
  rationale:
    'Every public IPv4 address is billed by the hour, attached or not; an address routed to nothing is pure cost.',
  remediation:
    'Release the address, or attach it to the instance, NAT gateway or load balancer that needs it.',
  docs: wa('COST04-BP03'),
  services: ['elastic-ip'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('elastic-ip')
      .filter((ip) => ctx.targets(ip).length === 0)
      .map((ip) => ({ nodes: [ip.id], message: `Elastic IP ${nameOf(ip)} is not attached` })),
};
