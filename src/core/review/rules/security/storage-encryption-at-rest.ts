import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

const TABLE: SettingTable = {
  'ebs-volume': { key: 'encrypted', bad: [false], fix: true },
  'ec2-instance': { key: 'ebsEncrypted', bad: [false], fix: true },
  'efs-file-system': { key: 'encrypted', bad: [false], fix: true },
  'emr-cluster': { key: 'encryption', bad: [false], fix: true },
  glue: { key: 'encryption', bad: [false], fix: true },
  firehose: { key: 'encryption', bad: [false], fix: true },
};

/** Flags: Volume, file system or data job without encryption at rest. */
export const rule: Rule = {
  id: 'storage-encryption-at-rest',
  pillar: 'security',
  bestPractice: 'SEC08-BP02',
  severity: 'high',
  title: 'Volume, file system or data job without encryption at rest',
  rationale:
    'Block volumes, file systems and the scratch space of data jobs hold the same data as the databases they feed; left unencrypted, their snapshots and copies expose it.',
  remediation:
    'Turn on encryption with a KMS key (for EBS, enable encryption by default for the account and Region).',
  docs: wa('SEC08-BP02'),
  services: Object.keys(TABLE),
  topology: false,
  checkNode: (node, ctx) =>
    checkSetting(
      node,
      ctx,
      TABLE,
      (n) => `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} writes unencrypted data`,
      'Turn on encryption',
    ),
};
