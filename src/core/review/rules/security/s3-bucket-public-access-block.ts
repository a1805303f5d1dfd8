import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: S3 bucket without Block Public Access. */
export const rule: Rule = {
  id: 's3-bucket-public-access-block',
  pillar: 'security',
  bestPractice: 'SEC08-BP04',
  severity: 'high',
  title: 'S3 bucket without Block Public Access',
  rationale:
    'Without Block Public Access a single permissive bucket policy or object ACL can publish data to the whole internet; the block is the guard rail that keeps people away from data by default.',
  remediation:
    'Turn on all four Block Public Access settings and serve public content through CloudFront with origin access control instead.',
  docs: wa('SEC08-BP04'),
  services: ['s3-bucket', 's3-glacier'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'blockPublicAccess') === false
      ? hitOn(node, `Bucket ${nameOf(node)} can be made public`, {
          title: 'Block public access',
          props: { blockPublicAccess: true },
        })
      : null,
};
