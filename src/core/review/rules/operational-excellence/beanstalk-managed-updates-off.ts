import type { Rule } from '../../types.ts';

/** OPS05-BP05: Elastic Beanstalk managed platform updates are off; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'beanstalk-managed-updates-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS05-BP05',
  choiceId: 'ops_dev_integ_patch_mgmt',
  severity: 'medium',
  title: 'Elastic Beanstalk managed platform updates are off',
  rationale:
    'Without managed updates the platform (operating system, runtime, web server) of the environment stays at the version it was launched with until someone patches it by hand.',
  remediation:
    'Turn on managed platform updates with a weekly maintenance window so that minor and patch versions are applied automatically.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_dev_integ_patch_mgmt.html',
  services: ['elastic-beanstalk'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'managedUpdates') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} does not receive platform patches automatically`,
          fix: {
            title: 'Turn on managed platform updates',
            node: n.id,
            props: { managedUpdates: true },
          },
        }
      : null,
};
