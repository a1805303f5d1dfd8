import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: S3 bucket without default encryption. */
export const rule: Rule = {
  id: 's3-bucket-encryption',
  pillar: 'security',
  bestPractice: 'SEC08-BP02',
  severity: 'high',
  title: 'S3 bucket without default encryption',
  rationale:
    'Objects written to a bucket with encryption turned off sit in plain form on disk and in every copy made of them; sensitive data has to be encrypted at rest as well as in motion.',
  remediation:
    'Turn on default encryption for the bucket: SSE-S3 costs nothing extra, SSE-KMS adds key-level access control and audit.',
  docs: wa('SEC08-BP02'),
  services: ['s3-bucket'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'encryption') === 'none'
      ? hitOn(node, `S3 bucket ${nameOf(node)} stores objects unencrypted`, {
          title: 'Encrypt with SSE-S3',
          props: { encryption: 'SSE-S3' },
        })
      : null,
};
