import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

const TABLE: SettingTable = {
  'rds-instance': { key: 'publiclyAccessible', bad: [true], fix: false },
  'redshift-cluster': { key: 'publiclyAccessible', bad: [true], fix: false },
  'redshift-serverless': { key: 'publiclyAccessible', bad: [true], fix: false },
  'mq-broker': { key: 'publiclyAccessible', bad: [true], fix: false },
  dms: { key: 'publiclyAccessible', bad: [true], fix: false },
};

/** Flags: Database endpoint has a public address. */
export const rule: Rule = {
  id: 'database-publicly-accessible',
  pillar: 'security',
  bestPractice: 'SEC05-BP01',
  severity: 'high',
  title: 'Database endpoint has a public address',
  rationale:
    'A publicly accessible endpoint resolves to an internet address, so the database is one security-group mistake away from the internet instead of sitting in a private network layer.',
  remediation:
    'Turn public accessibility off and reach the database from the application tier, a VPN or Session Manager port forwarding.',
  docs: wa('SEC05-BP01'),
  services: Object.keys(TABLE),
  topology: false,
  checkNode: (node, ctx) =>
    checkSetting(
      node,
      ctx,
      TABLE,
      (n) => `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} is publicly accessible`,
      'Make the endpoint private',
    ),
};
