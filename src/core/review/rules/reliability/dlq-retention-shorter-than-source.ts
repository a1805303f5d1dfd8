import type { Rule, RuleHit } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

const MAX_RETENTION = 1209600; // seconds, the SQS maximum (14 days)

/** Flags: Dead-letter queue keeps messages for less time than its source queue. */
export const rule: Rule = {
  id: 'dlq-retention-shorter-than-source',
  pillar: 'reliability',
  bestPractice: 'REL05-BP04',
  severity: 'high',
  title: 'Dead-letter queue keeps messages for less time than its source queue',
  rationale:
    "A standard queue keeps a message's original enqueue time when it moves to the dead-letter queue, so a DLQ with a shorter or equal retention can delete failed messages before anyone looks at them.",
  remediation:
    'Set the dead-letter queue retention longer than the source queue retention (14 days is the maximum and a common choice).',
  docs: wa('REL05-BP04'),
  services: ['sqs-queue'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const q of ctx.nodesOf('sqs-queue')) {
      const source = Number(ctx.prop(q, 'messageRetentionSeconds'));
      for (const dlq of ctx.targets(q, 'sqs-queue')) {
        const kept = Number(ctx.prop(dlq, 'messageRetentionSeconds'));
        if (kept > source || kept >= MAX_RETENTION) continue;
        hits.push({
          nodes: [dlq.id, q.id],
          message: `Dead-letter queue ${nameOf(dlq)} keeps messages ${kept} s, no longer than ${nameOf(q)} (${source} s)`,
          fix: {
            title: 'Keep dead letters 14 days',
            node: dlq.id,
            props: { messageRetentionSeconds: MAX_RETENTION },
          },
        });
      }
    }
    return hits;
  },
};
