import type { Rule } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: Load balancer with no targets. */
export const rule: Rule = {
  id: 'idle-load-balancer',
  pillar: 'cost-optimization',
  bestPractice: 'COST04-BP03',
  severity: 'medium',
  title: 'Load balancer with no targets',
  rationale:
    'A load balancer is billed for every hour it exists, plus capacity units; with nothing behind it, it serves no one.',
  remediation: 'Delete the load balancer, or connect the targets it is meant to serve.',
  docs: wa('COST04-BP03'),
  services: ['application-load-balancer', 'network-load-balancer'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('application-load-balancer', 'network-load-balancer')
      // Edges to S3 are access-log delivery and to ACM or Cognito are configuration, not targets.
      .filter(
        (lb) =>
          ctx
            .targets(lb)
            .filter((t) => !['s3-bucket', 'acm-certificate', 'cognito'].includes(t.service))
            .length === 0,
      )
      .map((lb) => ({ nodes: [lb.id], message: `Load balancer ${nameOf(lb)} routes to nothing` })),
};
