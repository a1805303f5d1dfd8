import type { Rule } from '../../types.ts';

/** SUS03-BP01: jobs that can wait should run on spare capacity. */
export const rule: Rule = {
  id: 'glue-standard-class-for-nonprod-jobs',
  pillar: 'sustainability',
  bestPractice: 'SUS03-BP01',
  choiceId: 'sus_sus_software_a2',
  severity: 'medium',
  title: 'Non-production Glue ETL job reserves dedicated capacity',
  rationale:
    'Development and test ETL runs can start a little later without harm; the Flex execution class runs them on spare capacity instead of dedicated workers, which raises the utilisation of hardware that is already running.',
  remediation:
    'Use the Flex execution class for non-urgent Spark ETL jobs, starting with non-production ones.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_software_a2.html',
  services: ['glue'],
  topology: false,
  needsContext: ['environment'],
  checkNode: (n, ctx) => {
    const env = ctx.design.context?.environment;
    if (
      !env ||
      env === 'production' ||
      ctx.prop(n, 'jobType') !== 'glueetl' ||
      ctx.prop(n, 'executionClass') !== 'STANDARD'
    )
      return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} runs on dedicated capacity in a ${env} environment`,
      fix: { title: 'Use the Flex execution class', node: n.id, props: { executionClass: 'FLEX' } },
    };
  },
};
