import type { Rule, RuleHit } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: Auto Scaling group behind a load balancer uses EC2 health checks only. */
export const rule: Rule = {
  id: 'asg-elb-health-check',
  pillar: 'reliability',
  bestPractice: 'REL11-BP03',
  severity: 'high',
  title: 'Auto Scaling group behind a load balancer uses EC2 health checks only',
  rationale:
    'EC2 status checks only see whether the instance is running; an instance whose application has hung passes them, so the group never replaces it although the load balancer has stopped sending it traffic.',
  remediation:
    'Set the group health check type to ELB so instances the load balancer marks unhealthy are replaced automatically.',
  docs: wa('REL11-BP03'),
  services: [
    'auto-scaling-group',
    'application-load-balancer',
    'network-load-balancer',
    'ec2-instance',
  ],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const asg of ctx.nodesOf('auto-scaling-group')) {
      if (ctx.prop(asg, 'healthCheckType') === 'ELB') continue;
      const members = ctx.index.children.get(asg.id) ?? [];
      const lbs = new Set<string>();
      for (const id of members) {
        for (const src of ctx.sources(
          ctx.index.nodes.get(id)!,
          'application-load-balancer',
          'network-load-balancer',
        ))
          lbs.add(src.id);
      }
      if (lbs.size === 0) continue;
      hits.push({
        nodes: [asg.id, ...lbs],
        message: `Auto Scaling group ${nameOf(asg)} ignores the load balancer's health checks`,
        fix: { title: 'Use ELB health checks', node: asg.id, props: { healthCheckType: 'ELB' } },
      });
    }
    return hits;
  },
};
