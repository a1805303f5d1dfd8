import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

const SOURCES = ['eventbridge', 'eventbridge-scheduler', 'sns-topic'];

/** Flags: Event bus, scheduler or topic delivers without a dead-letter queue. */
export const rule: Rule = {
  id: 'event-targets-without-dlq',
  pillar: 'reliability',
  bestPractice: 'REL05-BP04',
  severity: 'high',
  title: 'Event bus, scheduler or topic delivers without a dead-letter queue',
  rationale:
    'When a target is throttled, deleted or misconfigured, EventBridge, EventBridge Scheduler and SNS retry for a while and then discard the event; a dead-letter queue keeps it for replay.',
  remediation:
    'Give each rule target, schedule or subscription a dead-letter queue and alarm on its depth.',
  docs: wa('REL05-BP04'),
  services: SOURCES,
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf(...SOURCES)
      .filter((n) => ctx.prop(n, 'deadLetterQueue') !== true && ctx.targets(n).length > 0)
      .map((n) =>
        hitOn(
          n,
          `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} discards events its targets fail to take`,
          {
            title: 'Add a dead-letter queue',
            props: { deadLetterQueue: true },
          },
        ),
      ),
};
