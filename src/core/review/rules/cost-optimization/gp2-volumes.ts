import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

const TABLE: SettingTable = {
  'ebs-volume': { key: 'volumeType', bad: ['gp2'], fix: 'gp3' },
  'ec2-instance': { key: 'volumeType', bad: ['gp2'], fix: 'gp3' },
  'rds-instance': { key: 'storageType', bad: ['gp2'], fix: 'gp3' },
  'opensearch-domain': { key: 'volumeType', bad: ['gp2'], fix: 'gp3' },
  'application-migration-service': { key: 'stagingDiskType', bad: ['gp2'], fix: 'gp3' },
};

/** Flags: gp2 storage where gp3 fits. */
export const rule: Rule = {
  id: 'gp2-volumes',
  pillar: 'cost-optimization',
  bestPractice: 'COST06-BP02',
  severity: 'medium',
  title: 'gp2 storage where gp3 fits',
  rationale:
    'gp3 costs about a fifth less per GB than gp2 and includes 3,000 IOPS and 125 MiB/s whatever the size, where gp2 ties performance to capacity; the change is online.',
  remediation:
    'Change the volume type to gp3 (Elastic Volumes modify it in place), adding IOPS or throughput only if the workload needs more than the baseline.',
  docs: wa('COST06-BP02'),
  services: Object.keys(TABLE),
  topology: false,
  checkNode: (node, ctx) =>
    checkSetting(
      node,
      ctx,
      TABLE,
      (n) => `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} uses gp2 storage`,
      'Switch to gp3',
    ),
};
