import type { Rule } from '../../types.ts';
import { isNonProduction, nameOf, vpcZones, wa } from '../helpers.ts';

/** Flags: Auto Scaling group confined to one Availability Zone. */
export const rule: Rule = {
  id: 'asg-single-az',
  pillar: 'reliability',
  bestPractice: 'REL10-BP01',
  severity: 'high',
  title: 'Auto Scaling group confined to one Availability Zone',
  rationale:
    'An Auto Scaling group can only replace instances in the AZs it has subnets in; confined to one, it loses all capacity with that AZ instead of relaunching elsewhere.',
  remediation:
    'Give the group subnets in at least two AZs (place it at VPC level over subnets in each AZ) so it balances and replaces capacity across them.',
  docs: wa('REL10-BP01'),
  services: ['auto-scaling-group', 'availability-zone'],
  topology: true,
  check: (ctx) => {
    if (isNonProduction(ctx)) return [];
    return ctx.nodesOf('auto-scaling-group').flatMap((asg) => {
      // A group drawn at VPC level spans the VPC's AZs; drawn inside an AZ or subnet, only that one.
      const own = ctx.zonesOf(asg);
      const zones = own.length > 0 ? own : vpcZones(ctx, asg);
      return zones.length === 1
        ? [
            {
              nodes: [asg.id],
              message: `Auto Scaling group ${nameOf(asg)} spans one Availability Zone`,
            },
          ]
        : [];
    });
  },
};
