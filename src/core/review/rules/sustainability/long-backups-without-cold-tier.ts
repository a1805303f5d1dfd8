import type { Rule } from '../../types.ts';

/** Retention from which moving recovery points to cold storage pays off (cold storage keeps them at least 90 days). days. */
const LONG_RETENTION = 180;
const COLD_AFTER = 90;

/** SUS04-BP03: backups kept for months should not all stay in warm storage. */
export const rule: Rule = {
  id: 'long-backups-without-cold-tier',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP03',
  choiceId: 'sus_sus_data_a4',
  severity: 'medium',
  title: 'Long-lived backups never move to cold storage',
  rationale:
    'Recovery points older than a few months are almost never restored, yet a plan without a cold-storage transition keeps them in warm storage for their whole retention; cold storage holds them on denser, lower-energy media.',
  remediation:
    'Move recovery points to cold storage after 90 days (where the resource type supports it) and keep the warm tier for recent restores.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a4.html',
  services: ['backup'],
  topology: false,
  checkNode: (n, ctx) => {
    const retention = Number(ctx.prop(n, 'backupRetentionDays') ?? 0);
    if (retention < LONG_RETENTION || Number(ctx.prop(n, 'coldStorageAfterDays') ?? 0) > 0)
      return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} keeps ${retention} days of backups in warm storage`,
      fix: {
        title: 'Move to cold storage after 90 days',
        node: n.id,
        props: { coldStorageAfterDays: COLD_AFTER },
      },
    };
  },
};
