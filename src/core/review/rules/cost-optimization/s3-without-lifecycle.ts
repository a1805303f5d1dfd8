import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: S3 Standard bucket with no lifecycle rules. */
export const rule: Rule = {
  id: 's3-without-lifecycle',
  pillar: 'cost-optimization',
  bestPractice: 'COST04-BP05',
  severity: 'low',
  title: 'S3 Standard bucket with no lifecycle rules',
  rationale:
    'Without lifecycle rules every object, old version and unfinished multipart upload stays in S3 Standard forever; logs, backups and exports are typically read rarely after a few weeks.',
  remediation:
    'Add lifecycle rules that move ageing objects to cheaper classes (or use Intelligent-Tiering), expire noncurrent versions and abort incomplete uploads.',
  docs: wa('COST04-BP05'),
  services: ['s3-bucket'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'lifecycleRules') === false && ctx.prop(node, 'storageClass') === 'standard'
      ? hitOn(node, `Bucket ${nameOf(node)} keeps everything in S3 Standard indefinitely`, {
          title: 'Add lifecycle rules',
          props: { lifecycleRules: true },
        })
      : null,
};
