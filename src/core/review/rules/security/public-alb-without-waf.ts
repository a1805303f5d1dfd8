import type { Rule } from '../../types.ts';
import { nameOf, wa, wafProtected } from '../helpers.ts';

/** Flags: Internet-facing load balancer without a web application firewall. */
export const rule: Rule = {
  id: 'public-alb-without-waf',
  pillar: 'security',
  bestPractice: 'SEC05-BP03',
  severity: 'medium',
  title: 'Internet-facing load balancer without a web application firewall',
  rationale:
    'An internet-facing Application Load Balancer passes every HTTP request to the application; a web ACL, on the load balancer or on CloudFront in front of it, blocks common exploits and abusive addresses first.',
  remediation:
    'Associate an AWS WAF web ACL with the load balancer, or serve it only through a CloudFront distribution that has one.',
  docs: wa('SEC05-BP03'),
  services: ['application-load-balancer', 'waf', 'cloudfront'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('application-load-balancer')
      .filter((n) => ctx.prop(n, 'scheme') === 'internet-facing' && !wafProtected(ctx, n))
      .map((n) => ({
        nodes: [n.id],
        message: `Internet-facing load balancer ${nameOf(n)} has no web ACL`,
      })),
};
