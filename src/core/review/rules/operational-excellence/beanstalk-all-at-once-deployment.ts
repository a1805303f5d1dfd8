import type { Rule } from '../../types.ts';

/** OPS06-BP03: an all-at-once deployment takes every production instance out of service together. */
export const rule: Rule = {
  id: 'beanstalk-all-at-once-deployment',
  pillar: 'operational-excellence',
  bestPractice: 'OPS06-BP03',
  choiceId: 'ops_mit_deploy_risks_deploy_mgmt_sys',
  severity: 'medium',
  title: 'Production Elastic Beanstalk environment deploys to all instances at once',
  rationale:
    'All-at-once replaces the application on every instance in one step: a faulty version reaches all users immediately and the environment is briefly down even when the version is good.',
  remediation:
    'Use an immutable, rolling-with-additional-batch or traffic-splitting deployment policy in production so that a bad version is caught on a few instances first.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_mit_deploy_risks_deploy_mgmt_sys.html',
  services: ['elastic-beanstalk'],
  topology: false,
  needsContext: ['environment'],
  checkNode: (n, ctx) =>
    ctx.design.context?.environment === 'production' &&
    ctx.prop(n, 'deploymentPolicy') === 'AllAtOnce'
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} deploys to all production instances at once`,
          fix: {
            title: 'Use immutable deployments',
            node: n.id,
            props: { deploymentPolicy: 'Immutable' },
          },
        }
      : null,
};
