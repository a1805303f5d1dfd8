import type { DesignNode } from '../../../model/types.ts';
import type { Rule, RuleHit } from '../../types.ts';
import { isNonProduction, nameOf, wa } from '../helpers.ts';

/** Flags: Private subnets depend on a NAT gateway in another Availability Zone. */
export const rule: Rule = {
  id: 'nat-gateway-per-az',
  pillar: 'reliability',
  bestPractice: 'REL10-BP01',
  severity: 'high',
  title: 'Private subnets depend on a NAT gateway in another Availability Zone',
  rationale:
    'A NAT gateway lives in one AZ; private subnets of other AZs that route through it lose outbound access when that AZ fails, and pay cross-AZ data charges meanwhile.',
  remediation:
    'Run a NAT gateway in a public subnet of every AZ with private subnets (or a regional NAT gateway) and route each private subnet to the one in its own AZ.',
  docs: wa('REL10-BP01'),
  services: ['nat-gateway', 'private-subnet', 'public-subnet', 'availability-zone'],
  topology: true,
  check: (ctx) => {
    if (isNonProduction(ctx)) return [];
    const natsByVpc = new Map<string, DesignNode[]>();
    for (const nat of ctx.nodesOf('nat-gateway')) {
      const vpc = ctx.ancestor(nat, 'vpc');
      if (vpc && ctx.prop(nat, 'connectivityType') === 'public')
        natsByVpc.set(vpc.id, [...(natsByVpc.get(vpc.id) ?? []), nat]);
    }
    const hits: RuleHit[] = [];
    for (const subnet of ctx.nodesOf('private-subnet')) {
      const vpc = ctx.ancestor(subnet, 'vpc');
      const nats = vpc ? natsByVpc.get(vpc.id) : undefined;
      const zone = ctx.ancestor(subnet, 'availability-zone');
      // No NAT drawn means no NAT egress modelled; no AZ drawn means no AZ to compare.
      if (!nats || !zone || ctx.prop(subnet, 'egress') !== 'nat') continue;
      const spans = (nat: DesignNode) =>
        ctx.prop(nat, 'availabilityMode') === 'regional' || ctx.prop(nat, 'onePerAz') === true;
      if (nats.some((nat) => spans(nat) || ctx.ancestor(nat, 'availability-zone')?.id === zone.id))
        continue;
      hits.push({
        nodes: [subnet.id, ...nats.map((n) => n.id)],
        message: `Private subnet ${nameOf(subnet)} in ${nameOf(zone)} reaches the internet through a NAT gateway in another AZ`,
        fix: { title: 'Run one NAT gateway per AZ', node: nats[0].id, props: { onePerAz: true } },
      });
    }
    return hits;
  },
};
