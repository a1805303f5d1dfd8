import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: Application Load Balancer listens on plain HTTP only. */
export const rule: Rule = {
  id: 'alb-http-listener',
  pillar: 'security',
  bestPractice: 'SEC09-BP02',
  severity: 'high',
  title: 'Application Load Balancer listens on plain HTTP only',
  rationale:
    'With only an HTTP listener, requests, cookies and tokens travel between clients and the load balancer unencrypted.',
  remediation:
    'Add an HTTPS listener with an ACM certificate and turn the HTTP listener into a redirect to HTTPS.',
  docs: wa('SEC09-BP02'),
  services: ['application-load-balancer'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'listeners') === 'http'
      ? hitOn(node, `Load balancer ${nameOf(node)} serves traffic over HTTP`, {
          title: 'HTTPS listener with HTTP redirect',
          props: { listeners: 'https-with-redirect' },
        })
      : null,
};
