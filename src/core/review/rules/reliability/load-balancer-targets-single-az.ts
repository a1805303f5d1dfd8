import type { Rule } from '../../types.ts';
import { isNonProduction, nameOf, wa } from '../helpers.ts';

const TARGETS = [
  'ec2-instance',
  'ecs-service',
  'fargate',
  'eks-cluster',
  'rosa',
  'external-system',
];

/** Flags: All targets of a load balancer in one Availability Zone. */
export const rule: Rule = {
  id: 'load-balancer-targets-single-az',
  pillar: 'reliability',
  bestPractice: 'REL10-BP01',
  severity: 'high',
  title: 'All targets of a load balancer in one Availability Zone',
  rationale:
    'A load balancer in several AZs still fails when every target it routes to sits in the same AZ; redundancy has to reach the compute tier.',
  remediation:
    'Run targets in at least two AZs, ideally through an Auto Scaling group or a service spread across subnets in each AZ.',
  docs: wa('REL10-BP01'),
  services: ['application-load-balancer', 'network-load-balancer', ...TARGETS, 'availability-zone'],
  topology: true,
  check: (ctx) => {
    if (isNonProduction(ctx)) return [];
    return ctx.nodesOf('application-load-balancer', 'network-load-balancer').flatMap((lb) => {
      const targets = ctx.targets(lb, ...TARGETS);
      // A target drawn outside any AZ (a service at Region level) may span AZs: no verdict.
      if (targets.length === 0 || targets.some((t) => ctx.zonesOf(t).length === 0)) return [];
      const zones = new Set(targets.flatMap((t) => ctx.zonesOf(t)));
      if (zones.size !== 1) return [];
      return [
        {
          nodes: [lb.id, ...targets.map((t) => t.id)],
          message: `Every target of ${nameOf(lb)} is in the same Availability Zone`,
        },
      ];
    });
  },
};
