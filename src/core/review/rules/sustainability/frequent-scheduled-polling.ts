import type { RuleHit, Rule } from '../../types.ts';

/** Schedules at least this frequent are almost always polling for changes. minutes. */
const POLLING_MINUTES = 5;

/** Minutes between runs of an EventBridge Scheduler expression, or undefined when it is not a regular short interval. */
export function intervalMinutes(expression: string): number | undefined {
  const rate = /^rate\(\s*(\d+)\s*(minute|minutes|hour|hours|day|days)\s*\)$/.exec(
    expression.trim(),
  );
  if (rate) {
    const n = Number(rate[1]);
    return rate[2].startsWith('minute') ? n : rate[2].startsWith('hour') ? n * 60 : n * 1440;
  }
  const cron = /^cron\(\s*(\S+)\s/.exec(expression.trim());
  if (!cron) return undefined;
  if (cron[1] === '*') return 1;
  const step = /^(?:\*|0)\/(\d+)$/.exec(cron[1]);
  return step ? Number(step[1]) : undefined;
}

/** SUS03-BP01: code woken every minute to look for work mostly finds none; events wake it only when there is. */
export const rule: Rule = {
  id: 'frequent-scheduled-polling',
  pillar: 'sustainability',
  bestPractice: 'SUS03-BP01',
  choiceId: 'sus_sus_software_a2',
  severity: 'medium',
  title: 'Compute is started every few minutes on a schedule (polling)',
  rationale:
    'A schedule that starts a function, task or workflow every few minutes is usually polling for changes; most runs find nothing to do, yet each one starts compute. Event-driven triggers run code only in response to an actual change.',
  remediation:
    'Trigger the work from the event that creates it (S3 or DynamoDB events, EventBridge rules, SQS), or, for genuinely periodic work, run less often with a flexible time window.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_software_a2.html',
  services: ['eventbridge-scheduler'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const s of ctx.nodesOf('eventbridge-scheduler')) {
      const minutes = intervalMinutes(String(ctx.prop(s, 'scheduleExpression') ?? ''));
      const targets = ctx.targets(s).filter((t) => ctx.entry(t)?.kind === 'service');
      if (minutes === undefined || minutes > POLLING_MINUTES || targets.length === 0) continue;
      hits.push({
        nodes: [s.id, ...targets.map((t) => t.id)],
        message: `${s.label ?? s.id} starts ${targets.map((t) => t.label ?? t.id).join(', ')} every ${minutes} minute(s)`,
      });
    }
    return hits;
  },
};
