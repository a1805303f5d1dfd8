import type { Rule, RuleHit } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: Load-balanced instances not managed by an Auto Scaling group. */
export const rule: Rule = {
  id: 'lb-targets-outside-asg',
  pillar: 'reliability',
  bestPractice: 'REL07-BP01',
  severity: 'high',
  title: 'Load-balanced instances not managed by an Auto Scaling group',
  rationale:
    'Hand-launched instances behind a load balancer are neither replaced when they fail nor added when demand grows; an Auto Scaling group does both from a launch template.',
  remediation:
    'Launch the instances from an Auto Scaling group spanning two or more AZs and register the group with the target group.',
  docs: wa('REL07-BP01'),
  services: ['application-load-balancer', 'network-load-balancer', 'ec2-instance'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const lb of ctx.nodesOf('application-load-balancer', 'network-load-balancer')) {
      const loose = ctx
        .targets(lb, 'ec2-instance')
        .filter((i) => !ctx.ancestor(i, 'auto-scaling-group'));
      if (loose.length === 0) continue;
      hits.push({
        nodes: [lb.id, ...loose.map((i) => i.id)],
        message: `${loose.length} instance${loose.length === 1 ? '' : 's'} behind ${nameOf(lb)} outside an Auto Scaling group`,
      });
    }
    return hits;
  },
};
