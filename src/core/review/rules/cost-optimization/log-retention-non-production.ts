import type { Rule } from '../../types.ts';
import { hitOn, isNonProduction, nameOf, wa } from '../helpers.ts';

const NON_PRODUCTION_DAYS = 30;

/** Flags: Long log retention in a non-production environment. */
export const rule: Rule = {
  id: 'log-retention-non-production',
  pillar: 'cost-optimization',
  bestPractice: 'COST04-BP05',
  severity: 'low',
  title: 'Long log retention in a non-production environment',
  rationale:
    'Log storage is billed every month for as long as it is kept; development and test logs are seldom read after a few weeks.',
  remediation:
    'Keep non-production logs for about 30 days, and export what must be kept longer to S3 with lifecycle rules.',
  docs: wa('COST04-BP05'),
  services: ['cloudwatch-logs'],
  topology: false,
  needsContext: ['environment'],
  checkNode: (node, ctx) =>
    isNonProduction(ctx) && Number(ctx.prop(node, 'retentionDays')) > NON_PRODUCTION_DAYS
      ? hitOn(
          node,
          `Log group ${nameOf(node)} keeps ${String(ctx.prop(node, 'retentionDays'))} days of ${ctx.design.context?.environment} logs`,
          {
            title: `Keep ${NON_PRODUCTION_DAYS} days`,
            props: { retentionDays: NON_PRODUCTION_DAYS },
          },
        )
      : null,
};
