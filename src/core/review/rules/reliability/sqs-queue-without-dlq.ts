import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: Queue without a dead-letter queue. */
export const rule: Rule = {
  id: 'sqs-queue-without-dlq',
  pillar: 'reliability',
  bestPractice: 'REL05-BP04',
  severity: 'high',
  title: 'Queue without a dead-letter queue',
  rationale:
    'A message its consumer can never process returns to the queue again and again, wasting capacity and delaying the rest until it expires and is lost; a dead-letter queue sets it aside for inspection.',
  remediation:
    'Add a redrive policy to a dead-letter queue (maxReceiveCount 3-5), keep it longer than the source queue and alarm on its depth.',
  docs: wa('REL05-BP04'),
  services: ['sqs-queue'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('sqs-queue')
      .filter((q) => {
        if (ctx.prop(q, 'deadLetterQueue') === true) return false;
        // A queue fed by another queue is taken to be that queue's dead-letter queue, and a drawn
        // queue-to-queue edge is taken to be the redrive to one.
        return ctx.targets(q, 'sqs-queue').length === 0 && ctx.sources(q, 'sqs-queue').length === 0;
      })
      .map((q) =>
        hitOn(q, `Queue ${nameOf(q)} has no dead-letter queue`, {
          title: 'Add a dead-letter queue',
          props: { deadLetterQueue: true },
        }),
      ),
};
