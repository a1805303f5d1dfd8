import type { Rule, RuleHit } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

const MAX_VISIBILITY = 43200; // seconds, the SQS maximum (12 hours)

/** Flags: Function may run longer than its queue hides the message. */
export const rule: Rule = {
  id: 'lambda-timeout-exceeds-visibility',
  pillar: 'reliability',
  bestPractice: 'REL05-BP05',
  severity: 'high',
  title: 'Function may run longer than its queue hides the message',
  rationale:
    'When a function triggered by a queue can run past the visibility timeout, the message reappears while still being processed and another invocation handles it again; AWS advises a visibility timeout of at least six times the function timeout.',
  remediation:
    'Raise the queue visibility timeout to six times the function timeout (or shorten the function timeout).',
  docs: wa('REL05-BP05'),
  services: ['sqs-queue', 'lambda-function'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const q of ctx.nodesOf('sqs-queue')) {
      const visibility = Number(ctx.prop(q, 'visibilityTimeoutSeconds'));
      for (const fn of ctx.targets(q, 'lambda-function')) {
        const timeout = Number(ctx.prop(fn, 'timeoutSeconds'));
        if (!(timeout > visibility)) continue;
        hits.push({
          nodes: [fn.id, q.id],
          message: `Function ${nameOf(fn)} may run ${timeout} s but queue ${nameOf(q)} hides messages for ${visibility} s`,
          fix: {
            title: 'Set visibility timeout to 6x the function timeout',
            node: q.id,
            props: { visibilityTimeoutSeconds: Math.min(MAX_VISIBILITY, timeout * 6) },
          },
        });
      }
    }
    return hits;
  },
};
