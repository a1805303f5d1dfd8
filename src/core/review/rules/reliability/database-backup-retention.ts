import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

const SERVICES = [
  'rds-instance',
  'aurora-cluster',
  'documentdb-cluster',
  'neptune-cluster',
  'redshift-cluster',
  'elasticache',
  'memorydb',
];

/** Flags: Automated backups turned off. */
export const rule: Rule = {
  id: 'database-backup-retention',
  pillar: 'reliability',
  bestPractice: 'REL09-BP03',
  severity: 'medium',
  title: 'Automated backups turned off',
  rationale:
    'A retention of zero days disables automated backups (and, for RDS, point-in-time recovery), so a bad deployment or a deleted table can only be recovered from whatever manual snapshot happens to exist.',
  remediation:
    'Keep automated backups for at least 7 days (up to 35), and add AWS Backup for longer retention or copies.',
  docs: wa('REL09-BP03'),
  services: SERVICES,
  topology: false,
  checkNode: (node, ctx) => {
    // Memcached has no persistence and no backups to keep.
    if (node.service === 'elasticache' && ctx.prop(node, 'engine') === 'memcached') return null;
    return Number(ctx.prop(node, 'backupRetentionDays')) === 0
      ? hitOn(
          node,
          `${ctx.entry(node)?.name ?? node.service} ${nameOf(node)} keeps no automated backups`,
          { title: 'Keep 7 days of backups', props: { backupRetentionDays: 7 } },
        )
      : null;
  },
};
