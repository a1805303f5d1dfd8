import type { Rule, RuleHit } from '../../types.ts';
import { nameOf, SUBNET_DATA_STORES, wa } from '../helpers.ts';

const WORLD = ['0.0.0.0/0', '::/0'];

/** Flags: Data store in a security group open to any address. */
export const rule: Rule = {
  id: 'data-store-open-security-group',
  pillar: 'security',
  bestPractice: 'SEC05-BP02',
  severity: 'high',
  title: 'Data store in a security group open to any address',
  rationale:
    'A database or cache should accept connections only from the tier that uses it; a security group that admits 0.0.0.0/0 lets any host that can route to it try to log in.',
  remediation:
    'Replace the open CIDR with a rule that references the application tier security group.',
  docs: wa('SEC05-BP02'),
  services: [...SUBNET_DATA_STORES, 'security-group'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const n of ctx.nodesOf(...SUBNET_DATA_STORES)) {
      const sg = ctx.ancestor(n, 'security-group');
      const cidrs = sg ? ctx.prop(sg, 'ingressCidrs') : undefined;
      if (sg && Array.isArray(cidrs) && cidrs.some((c) => WORLD.includes(c.trim()))) {
        hits.push({
          nodes: [n.id, sg.id],
          message: `${nameOf(n)} accepts connections from any address through ${nameOf(sg)}`,
        });
      }
    }
    return hits;
  },
};
