import type { Rule } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: NAT gateway with no private subnet to serve. */
export const rule: Rule = {
  id: 'idle-nat-gateway',
  pillar: 'cost-optimization',
  bestPractice: 'COST04-BP03',
  severity: 'medium',
  title: 'NAT gateway with no private subnet to serve',
  rationale:
    'A NAT gateway is billed by the hour even with no traffic; in a VPC without occupied private subnets that route through NAT, nothing uses it.',
  remediation: 'Delete the NAT gateway, or place the private workloads it was meant for.',
  docs: wa('COST04-BP03'),
  services: ['nat-gateway', 'private-subnet'],
  topology: true,
  check: (ctx) => {
    const used = new Set<string>();
    for (const s of ctx.nodesOf('private-subnet')) {
      const vpc = ctx.ancestor(s, 'vpc');
      if (vpc && ctx.prop(s, 'egress') === 'nat' && (ctx.index.children.get(s.id)?.length ?? 0) > 0)
        used.add(vpc.id);
    }
    return ctx
      .nodesOf('nat-gateway')
      .filter(
        (nat) =>
          ctx.prop(nat, 'connectivityType') === 'public' &&
          !used.has(ctx.ancestor(nat, 'vpc')?.id ?? ''),
      )
      .map((nat) => ({
        nodes: [nat.id],
        message: `NAT gateway ${nameOf(nat)} serves no occupied private subnet`,
      }));
  },
};
