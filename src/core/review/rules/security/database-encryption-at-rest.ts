import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

const TABLE: SettingTable = {
  'rds-instance': { key: 'storageEncrypted', bad: [false], fix: true },
  'aurora-cluster': { key: 'storageEncrypted', bad: [false], fix: true },
  'documentdb-cluster': { key: 'storageEncrypted', bad: [false], fix: true },
  'neptune-cluster': { key: 'storageEncrypted', bad: [false], fix: true },
  'redshift-cluster': { key: 'encrypted', bad: [false], fix: true },
  'opensearch-domain': { key: 'encryptionAtRest', bad: [false], fix: true },
  elasticache: { key: 'encryption', bad: [false], fix: true },
  'dax-cluster': { key: 'encryption', bad: [false], fix: true },
};

/** Flags: Database or cache without encryption at rest. */
export const rule: Rule = {
  id: 'database-encryption-at-rest',
  pillar: 'security',
  bestPractice: 'SEC08-BP02',
  severity: 'high',
  title: 'Database or cache without encryption at rest',
  rationale:
    'An unencrypted database leaves its storage, automated backups, snapshots and replicas readable to anyone who obtains a copy; for most engines encryption can only be chosen when the resource is created.',
  remediation:
    'Enable storage encryption with a KMS key when creating the database; for an existing one, restore an encrypted copy from a snapshot.',
  docs: wa('SEC08-BP02'),
  services: Object.keys(TABLE),
  topology: false,
  checkNode: (node, ctx) =>
    checkSetting(
      node,
      ctx,
      TABLE,
      (n) => `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} stores data unencrypted`,
      'Encrypt storage at rest',
    ),
};
