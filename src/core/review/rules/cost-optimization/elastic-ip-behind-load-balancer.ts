import type { Rule, RuleHit } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: Instance behind a load balancer also holds an Elastic IP. */
export const rule: Rule = {
  id: 'elastic-ip-behind-load-balancer',
  pillar: 'cost-optimization',
  bestPractice: 'COST04-BP03',
  severity: 'medium',
  title: 'Instance behind a load balancer also holds an Elastic IP',
  rationale:
    'Clients reach load-balanced instances through the load balancer, so a public address on the instance is billed by the hour and only adds a path around it.',
  remediation:
    'Release the Elastic IP and reach the instance through the load balancer (and Session Manager for administration).',
  docs: wa('COST04-BP03'),
  services: ['elastic-ip', 'ec2-instance', 'application-load-balancer', 'network-load-balancer'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const ip of ctx.nodesOf('elastic-ip')) {
      for (const i of ctx.targets(ip, 'ec2-instance')) {
        if (ctx.sources(i, 'application-load-balancer', 'network-load-balancer').length === 0)
          continue;
        hits.push({
          nodes: [ip.id, i.id],
          message: `Load-balanced instance ${nameOf(i)} also has Elastic IP ${nameOf(ip)}`,
        });
      }
    }
    return hits;
  },
};
