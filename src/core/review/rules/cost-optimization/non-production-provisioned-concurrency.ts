import type { Rule } from '../../types.ts';
import { hitOn, isNonProduction, nameOf, wa } from '../helpers.ts';

/** Flags: Provisioned concurrency outside production. */
export const rule: Rule = {
  id: 'non-production-provisioned-concurrency',
  pillar: 'cost-optimization',
  bestPractice: 'COST09-BP03',
  severity: 'medium',
  title: 'Provisioned concurrency outside production',
  rationale:
    'Provisioned concurrency bills every initialised environment around the clock to avoid cold starts, a latency guarantee development and test rarely need.',
  remediation:
    'Remove provisioned concurrency from non-production functions (or schedule it only for load tests).',
  docs: wa('COST09-BP03'),
  services: ['lambda-function'],
  topology: false,
  needsContext: ['environment'],
  checkNode: (node, ctx) =>
    isNonProduction(ctx) && Number(ctx.prop(node, 'provisionedConcurrency')) > 0
      ? hitOn(
          node,
          `Function ${nameOf(node)} keeps ${String(ctx.prop(node, 'provisionedConcurrency'))} environments warm in ${ctx.design.context?.environment}`,
          {
            title: 'Remove provisioned concurrency',
            props: { provisionedConcurrency: 0 },
          },
        )
      : null,
};
