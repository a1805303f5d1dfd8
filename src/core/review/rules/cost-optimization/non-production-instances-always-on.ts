import type { Rule } from '../../types.ts';
import { hitOn, isNonProduction, nameOf, wa } from '../helpers.ts';

const ALWAYS_ON_HOURS = 168; // hours per week

/** Flags: Non-production instance runs around the clock. */
export const rule: Rule = {
  id: 'non-production-instances-always-on',
  pillar: 'cost-optimization',
  bestPractice: 'COST09-BP03',
  severity: 'medium',
  title: 'Non-production instance runs around the clock',
  rationale:
    'A development or test instance used in working hours but left on nights and weekends is paid for 168 hours a week instead of about 50; stopping it on a schedule saves up to 70% of its compute cost.',
  remediation:
    'Stop the instance outside office hours with Instance Scheduler or an EventBridge Scheduler rule (never in production or anything that needs continuous availability).',
  docs: wa('COST09-BP03'),
  services: ['ec2-instance'],
  topology: false,
  needsContext: ['environment'],
  checkNode: (node, ctx) => {
    // A design-wide schedule under 168 hours a week already stops the environment.
    const hours = ctx.design.context?.scheduleHoursPerWeek ?? ALWAYS_ON_HOURS;
    if (
      !isNonProduction(ctx) ||
      hours < ALWAYS_ON_HOURS ||
      ctx.prop(node, 'schedule') !== 'always-on'
    )
      return null;
    return hitOn(
      node,
      `Instance ${nameOf(node)} runs 24/7 in a ${ctx.design.context?.environment} environment`,
      {
        title: 'Run in office hours only',
        props: { schedule: 'office-hours' },
      },
    );
  },
};
