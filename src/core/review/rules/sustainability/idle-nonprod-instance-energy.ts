import type { Rule } from '../../types.ts';

/** Hours in a week: an environment scheduled for fewer is not always on. */
const WEEK_HOURS = 168;

/** SUS02-BP01: development and test instances left on outside working hours burn energy for nobody. */
export const rule: Rule = {
  id: 'idle-nonprod-instance-energy',
  pillar: 'sustainability',
  bestPractice: 'SUS02-BP01',
  choiceId: 'sus_sus_user_a2',
  severity: 'medium',
  title: 'Non-production instance runs around the clock',
  rationale:
    'A development or test instance is used for perhaps 50 of the 168 hours in a week; running it the rest of the time consumes energy (and up to 70% of its cost) for no one. Start/stop schedules remove that idle time.',
  remediation: 'Run non-production instances on an office-hours schedule (for example with Instance Scheduler) or stop them when idle.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_user_a2.html',
  services: ['ec2-instance'],
  topology: false,
  needsContext: ['environment'],
  checkNode: (n, ctx) => {
    const c = ctx.design.context;
    if (!c?.environment || c.environment === 'production') return null;
    if (c.scheduleHoursPerWeek !== undefined && c.scheduleHoursPerWeek < WEEK_HOURS) return null;
    if (ctx.prop(n, 'schedule') !== 'always-on') return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} runs 24/7 in a ${c.environment} environment`,
      fix: { title: 'Run during office hours only', node: n.id, props: { schedule: 'office-hours' } },
    };
  },
};
