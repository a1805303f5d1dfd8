import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa, wafProtected } from '../helpers.ts';

/** Flags: Public API without a web application firewall. */
export const rule: Rule = {
  id: 'api-gateway-without-waf',
  pillar: 'security',
  bestPractice: 'SEC05-BP03',
  severity: 'medium',
  title: 'Public API without a web application firewall',
  rationale:
    'A public API receives injection attempts, bad bots and floods from known-bad addresses; a web ACL filters them before they cost compute or reach code.',
  remediation:
    'Associate an AWS WAF web ACL with the REST API stage (with the common and known-bad-input managed rule groups), or front an HTTP API with CloudFront and a web ACL.',
  docs: wa('SEC05-BP03'),
  services: ['api-gateway', 'waf', 'cloudfront'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('api-gateway')
      .filter((n) => ctx.prop(n, 'endpointType') !== 'PRIVATE' && !wafProtected(ctx, n))
      .map((n) =>
        // Only REST APIs take a web ACL directly; HTTP and WebSocket APIs need CloudFront in front.
        ctx.prop(n, 'apiType') === 'rest'
          ? hitOn(n, `API ${nameOf(n)} has no web ACL`, {
              title: 'Protect the stage with AWS WAF',
              props: { wafEnabled: true },
            })
          : hitOn(n, `API ${nameOf(n)} has no web ACL (put CloudFront with AWS WAF in front)`),
      ),
};
