import type { Rule } from '../../types.ts';
import { isNonProduction, nameOf, vpcZones, wa } from '../helpers.ts';

/** Flags: Load balancer placed in one Availability Zone. */
export const rule: Rule = {
  id: 'load-balancer-single-az',
  pillar: 'reliability',
  bestPractice: 'REL10-BP01',
  severity: 'high',
  title: 'Load balancer placed in one Availability Zone',
  rationale:
    'A load balancer runs nodes in each AZ it has a subnet in; with one AZ its endpoint disappears with that AZ, and an Application Load Balancer needs two AZs to be created at all.',
  remediation:
    'Enable the load balancer in subnets of at least two AZs (draw it at VPC level over subnets in each AZ) and keep cross-zone load balancing on.',
  docs: wa('REL10-BP01'),
  services: ['application-load-balancer', 'network-load-balancer', 'availability-zone'],
  topology: true,
  check: (ctx) => {
    if (isNonProduction(ctx)) return [];
    return ctx.nodesOf('application-load-balancer', 'network-load-balancer').flatMap((lb) => {
      const own = ctx.zonesOf(lb);
      const zones = own.length > 0 ? own : vpcZones(ctx, lb);
      return zones.length === 1
        ? [
            {
              nodes: [lb.id],
              message: `Load balancer ${nameOf(lb)} is enabled in one Availability Zone`,
            },
          ]
        : [];
    });
  },
};
