import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

const TABLE: SettingTable = {
  'efs-file-system': { key: 'automaticBackups', bad: [false], fix: true },
  'ebs-volume': { key: 'backupRetentionDays', bad: [0], fix: 7 },
  'fsx-windows': { key: 'backupRetentionDays', bad: [0], fix: 7 },
  'fsx-lustre': { key: 'backupRetentionDays', bad: [0], fix: 7 },
  lightsail: { key: 'automaticSnapshots', bad: [false], fix: true },
};

/** Flags: Volume or file system without automatic backups. */
export const rule: Rule = {
  id: 'storage-backups',
  pillar: 'reliability',
  bestPractice: 'REL09-BP03',
  severity: 'medium',
  title: 'Volume or file system without automatic backups',
  rationale:
    'Block and file storage is only as recoverable as its last snapshot; scheduled backups make recovery independent of someone remembering to take one.',
  remediation:
    'Turn on automatic backups (AWS Backup or Data Lifecycle Manager) with a retention that covers your recovery point objective.',
  docs: wa('REL09-BP03'),
  services: Object.keys(TABLE),
  topology: false,
  checkNode: (node, ctx) =>
    checkSetting(
      node,
      ctx,
      TABLE,
      (n) => `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} is not backed up automatically`,
      'Back up daily',
    ),
};
