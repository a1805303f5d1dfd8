import type { Rule } from '../../types.ts';
import { hasOwnWaf, hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: CloudFront distribution without a web ACL. */
export const rule: Rule = {
  id: 'cloudfront-without-waf',
  pillar: 'security',
  bestPractice: 'SEC05-BP03',
  severity: 'medium',
  title: 'CloudFront distribution without a web ACL',
  rationale:
    'The distribution is the first thing internet traffic reaches; filtering there stops attacks at the edge before they reach any origin.',
  remediation:
    'Attach a global (CLOUDFRONT scope) AWS WAF web ACL with managed rule groups and a rate-based rule.',
  docs: wa('SEC05-BP03'),
  services: ['cloudfront', 'waf'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('cloudfront')
      .filter((n) => !hasOwnWaf(ctx, n))
      .map((n) =>
        hitOn(n, `CloudFront distribution ${nameOf(n)} has no web ACL`, {
          title: 'Attach a web ACL',
          props: { webAcl: true },
        }),
      ),
};
