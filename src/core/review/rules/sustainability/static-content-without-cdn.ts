import type { Rule } from '../../types.ts';

/** Where requests from outside AWS come from. */
const CLIENTS = ['users', 'devices', 'route53'];

/** SUS04-BP07: content served from the bucket's Region crosses the whole network path on every request. */
export const rule: Rule = {
  id: 'static-content-without-cdn',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP07',
  choiceId: 'sus_sus_data_a8',
  severity: 'medium',
  title: 'Users fetch content from an S3 bucket without CloudFront',
  rationale:
    'When users download straight from a bucket, every request travels from the bucket\'s Region across the internet; an edge cache serves repeated requests from a nearby location and compressed, moving far less data over long distances.',
  remediation: 'Serve the bucket through a CloudFront distribution (with origin access control) and let users reach only the distribution.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a8.html',
  services: ['s3-bucket', 'cloudfront'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('s3-bucket')
      .filter((b) => ctx.sources(b, ...CLIENTS).length > 0 && ctx.sources(b, 'cloudfront').length === 0)
      .map((b) => ({ nodes: [b.id, ...ctx.sources(b, ...CLIENTS).map((c) => c.id)], message: `${b.label ?? b.id} serves users directly, without an edge cache` })),
};
