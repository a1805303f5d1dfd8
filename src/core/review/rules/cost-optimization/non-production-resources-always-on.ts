import type { Rule } from '../../types.ts';
import { isNonProduction, nameOf, wa } from '../helpers.ts';

const ALWAYS_ON_HOURS = 168; // hours per week
// Resources AWS Instance Scheduler and similar tools can stop or scale to zero on a schedule.
const SCHEDULABLE = [
  'rds-instance',
  'aurora-cluster',
  'documentdb-cluster',
  'neptune-cluster',
  'redshift-cluster',
  'auto-scaling-group',
  'elastic-beanstalk',
  'eks-cluster',
];

/** Flags: Non-production databases and clusters run around the clock. */
export const rule: Rule = {
  id: 'non-production-resources-always-on',
  pillar: 'cost-optimization',
  bestPractice: 'COST09-BP03',
  severity: 'medium',
  title: 'Non-production databases and clusters run around the clock',
  rationale:
    'Databases, Auto Scaling groups, Beanstalk environments and EKS node groups of a development or test environment can be stopped or scaled to zero outside working hours, saving up to 70% of their running cost.',
  remediation:
    'Schedule the environment (Instance Scheduler, or EventBridge Scheduler stopping databases and scaling groups to zero) and record the hours in the workload context.',
  docs: wa('COST09-BP03'),
  services: SCHEDULABLE,
  topology: false,
  needsContext: ['environment'],
  checkNode: (node, ctx) => {
    const hours = ctx.design.context?.scheduleHoursPerWeek ?? ALWAYS_ON_HOURS;
    if (!isNonProduction(ctx) || hours < ALWAYS_ON_HOURS) return null;
    // Serverless capacity already scales down when idle.
    if (
      ctx.prop(node, 'capacityMode') === 'serverless_v2' ||
      ctx.prop(node, 'capacityMode') === 'serverless'
    )
      return null;
    return {
      nodes: [node.id],
      message: `${ctx.entry(node)?.name ?? node.service} ${nameOf(node)} runs 24/7 in a ${ctx.design.context?.environment} environment`,
    };
  },
};
