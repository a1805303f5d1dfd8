import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: CloudFront serves or fetches content over plain HTTP. */
export const rule: Rule = {
  id: 'cloudfront-viewer-https',
  pillar: 'security',
  bestPractice: 'SEC09-BP02',
  severity: 'high',
  title: 'CloudFront serves or fetches content over plain HTTP',
  rationale:
    'A viewer protocol policy of allow-all serves pages over HTTP, and an HTTP-only origin policy sends every request from the edge to the origin unencrypted across the internet.',
  remediation: 'Redirect viewers to HTTPS (or allow HTTPS only) and reach the origin over HTTPS.',
  docs: wa('SEC09-BP02'),
  services: ['cloudfront'],
  topology: false,
  checkNode: (node, ctx) => {
    const viewer = ctx.prop(node, 'viewerProtocolPolicy') === 'allow-all';
    const origin = ctx.prop(node, 'originProtocolPolicy') === 'http-only';
    if (!viewer && !origin) return null;
    const where = viewer && origin ? 'viewers and the origin' : viewer ? 'viewers' : 'the origin';
    return hitOn(node, `CloudFront distribution ${nameOf(node)} talks to ${where} over HTTP`, {
      title: 'Use HTTPS for viewers and origin',
      props: {
        ...(viewer ? { viewerProtocolPolicy: 'redirect-to-https' } : {}),
        ...(origin ? { originProtocolPolicy: 'https-only' } : {}),
      },
    });
  },
};
