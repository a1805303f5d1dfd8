import type { Rule } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: OpenSearch domain with a public endpoint. */
export const rule: Rule = {
  id: 'opensearch-outside-vpc',
  pillar: 'security',
  bestPractice: 'SEC05-BP01',
  severity: 'high',
  title: 'OpenSearch domain with a public endpoint',
  rationale:
    'A domain created outside a VPC gets an internet endpoint guarded only by its access policy; VPC access adds the network layer and security groups around the search data.',
  remediation:
    'Create the domain with VPC access in private subnets (the choice is fixed at creation, so migrate with a snapshot).',
  docs: wa('SEC05-BP01'),
  services: ['opensearch-domain'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('opensearch-domain')
      .filter((n) => !ctx.ancestor(n, 'vpc'))
      .map((n) => ({
        nodes: [n.id],
        message: `OpenSearch domain ${nameOf(n)} sits outside any VPC`,
      })),
};
