import type { Rule } from '../../types.ts';

/** Retention beyond which operational logs have usually lost their use in a hot log store. days. */
const ONE_YEAR = 365;

/** SUS04-BP03: logs kept for years in CloudWatch Logs stay on storage meant for searching recent events. */
export const rule: Rule = {
  id: 'logs-kept-over-a-year',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP03',
  choiceId: 'sus_sus_data_a4',
  severity: 'medium',
  title: 'Log group keeps logs for more than a year',
  rationale:
    'Operational logs are read in the days after an event; keeping them for years in CloudWatch Logs keeps them on storage built for fast search. Records that must be kept longer belong in an archive tier.',
  remediation:
    'Keep logs in CloudWatch Logs for as long as they are searched (up to a year), and export what must be retained longer to S3 with a lifecycle rule to Glacier.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a4.html',
  services: ['cloudwatch-logs'],
  topology: false,
  checkNode: (n, ctx) => {
    const days = Number(ctx.prop(n, 'retentionDays') ?? 0);
    if (days <= ONE_YEAR) return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} keeps logs for ${days} days`,
      fix: { title: 'Keep logs for one year', node: n.id, props: { retentionDays: ONE_YEAR } },
    };
  },
};
