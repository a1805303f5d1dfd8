import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

const TABLE: SettingTable = {
  'sqs-queue': { key: 'encryption', bad: ['none'], fix: 'SSE-SQS' },
  'sns-topic': { key: 'encryption', bad: [false], fix: true },
  'kinesis-data-streams': { key: 'encryption', bad: ['NONE'], fix: 'KMS' },
};

/** Flags: Queue, topic or stream stores messages unencrypted. */
export const rule: Rule = {
  id: 'messaging-encryption-at-rest',
  pillar: 'security',
  bestPractice: 'SEC08-BP02',
  severity: 'high',
  title: 'Queue, topic or stream stores messages unencrypted',
  rationale:
    'Messages wait in queues, topics and streams for hours or days and often carry the same personal data as the databases behind them; a stream created with encryption type NONE is a common slip.',
  remediation:
    'Enable server-side encryption: SQS-managed keys for queues, a KMS key for topics and streams.',
  docs: wa('SEC08-BP02'),
  services: Object.keys(TABLE),
  topology: false,
  checkNode: (node, ctx) =>
    checkSetting(
      node,
      ctx,
      TABLE,
      (n) => `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} keeps messages unencrypted`,
      'Turn on server-side encryption',
    ),
};
