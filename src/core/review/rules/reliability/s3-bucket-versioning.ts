import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: S3 bucket without versioning. */
export const rule: Rule = {
  id: 's3-bucket-versioning',
  pillar: 'reliability',
  bestPractice: 'REL09-BP01',
  severity: 'high',
  title: 'S3 bucket without versioning',
  rationale:
    'Without versioning an overwrite or delete is final; versioning keeps every prior version so objects can be recovered, and S3 replication requires it.',
  remediation:
    'Turn on versioning and add a lifecycle rule that expires noncurrent versions after the recovery window you need.',
  docs: wa('REL09-BP01'),
  services: ['s3-bucket', 's3-glacier'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'versioning') === false
      ? hitOn(node, `Bucket ${nameOf(node)} keeps no earlier versions of objects`, {
          title: 'Turn on versioning',
          props: { versioning: true },
        })
      : null,
};
