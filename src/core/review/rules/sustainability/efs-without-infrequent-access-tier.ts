import type { Rule } from '../../types.ts';

/** SUS04-BP03: files not read for weeks should leave the Standard tier. */
export const rule: Rule = {
  id: 'efs-without-infrequent-access-tier',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP03',
  choiceId: 'sus_sus_data_a4',
  severity: 'medium',
  title: 'EFS file system never moves cold files to Infrequent Access',
  rationale:
    'Shared file systems accumulate files nobody opens again; without a lifecycle policy they all stay in the Standard tier instead of moving to Infrequent Access, which stores them more efficiently.',
  remediation:
    'Set a lifecycle policy that moves files to Infrequent Access after 30 days without access (and back on first read).',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a4.html',
  services: ['efs-file-system'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'transitionToIa') === 'none'
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} keeps every file in the Standard tier`,
          fix: {
            title: 'Move files to IA after 30 days',
            node: n.id,
            props: { transitionToIa: 'AFTER_30_DAYS' },
          },
        }
      : null,
};
