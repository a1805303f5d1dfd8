import type { Rule } from '../../types.ts';

/** SUS04-BP03: objects kept in S3 Standard forever occupy the most energy-hungry tier. */
export const rule: Rule = {
  id: 's3-data-never-moves-to-colder-storage',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP03',
  choiceId: 'sus_sus_data_a4',
  severity: 'medium',
  title: 'S3 bucket keeps everything in Standard with no lifecycle rules',
  rationale:
    'Most stored data is rarely read after its first weeks; without lifecycle rules it stays in S3 Standard for ever. Moving it to Infrequent Access or Glacier classes, and expiring what is no longer needed, uses denser, less energy-intensive storage.',
  remediation: 'Add lifecycle rules that move objects to colder classes (Standard-IA, Glacier Instant Retrieval, Deep Archive) by age and expire them when they are no longer needed, or use Intelligent-Tiering.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a4.html',
  services: ['s3-bucket'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'lifecycleRules') === false && ctx.prop(n, 'storageClass') === 'standard'
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} keeps all objects in S3 Standard indefinitely`,
          fix: { title: 'Add lifecycle rules', node: n.id, props: { lifecycleRules: true } },
        }
      : null,
};
