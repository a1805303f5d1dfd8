import type { Rule } from '../../types.ts';
import { nameOf, SUBNET_DATA_STORES, wa } from '../helpers.ts';

/** Flags: Database or cache placed in a public subnet. */
export const rule: Rule = {
  id: 'data-store-in-public-subnet',
  pillar: 'security',
  bestPractice: 'SEC05-BP01',
  severity: 'high',
  title: 'Database or cache placed in a public subnet',
  rationale:
    'A public subnet routes to the internet gateway, so a data store placed there is separated from the internet only by its security group; data tiers belong in private subnets behind the application tier.',
  remediation:
    'Move the data store into private subnets (a DB or cache subnet group with no route to the internet gateway).',
  docs: wa('SEC05-BP01'),
  services: [...SUBNET_DATA_STORES, 'public-subnet'],
  topology: true,
  check: (ctx) =>
    ctx.nodesOf(...SUBNET_DATA_STORES).flatMap((n) => {
      const subnet = ctx.ancestor(n, 'public-subnet', 'private-subnet', 'outpost-subnet');
      if (subnet?.service !== 'public-subnet') return [];
      return [
        {
          nodes: [n.id, subnet.id],
          message: `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} sits in public subnet ${nameOf(subnet)}`,
        },
      ];
    }),
};
