import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: S3 bucket accepts requests without TLS. */
export const rule: Rule = {
  id: 's3-bucket-tls-only',
  pillar: 'security',
  bestPractice: 'SEC09-BP02',
  severity: 'high',
  title: 'S3 bucket accepts requests without TLS',
  rationale:
    'S3 answers plain HTTP unless the bucket policy refuses it, so data and credentials can cross the network unencrypted.',
  remediation:
    'Add a bucket policy statement that denies any request where aws:SecureTransport is false.',
  docs: wa('SEC09-BP02'),
  services: ['s3-bucket'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'enforceTls') === false
      ? hitOn(node, `Bucket ${nameOf(node)} accepts unencrypted HTTP requests`, {
          title: 'Deny non-TLS requests',
          props: { enforceTls: true },
        })
      : null,
};
