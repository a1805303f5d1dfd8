import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

const TABLE: SettingTable = {
  batch: { key: 'computeType', bad: ['EC2', 'FARGATE'], fix: 'SPOT' },
  'emr-cluster': { key: 'spotTaskNodes', bad: [false], fix: true },
};

/** Flags: Interruptible batch work on On-Demand capacity. */
export const rule: Rule = {
  id: 'batch-without-spot',
  pillar: 'cost-optimization',
  bestPractice: 'COST07-BP01',
  severity: 'low',
  title: 'Interruptible batch work on On-Demand capacity',
  rationale:
    'Batch jobs and EMR task nodes can be retried when capacity is reclaimed, which is what Spot pricing asks in exchange for discounts of up to 90%.',
  remediation:
    'Run batch compute environments on Spot (or Fargate Spot) with retries, and EMR task nodes on Spot with several instance types.',
  docs: wa('COST07-BP01'),
  services: Object.keys(TABLE),
  topology: false,
  checkNode: (node, ctx) =>
    checkSetting(
      node,
      ctx,
      TABLE,
      (n) =>
        `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} pays On-Demand prices for interruptible work`,
      'Use Spot capacity',
    ),
};
