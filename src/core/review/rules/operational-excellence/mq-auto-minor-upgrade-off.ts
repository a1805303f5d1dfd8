import type { Rule } from '../../types.ts';

/** OPS05-BP05: Amazon MQ broker does not take minor version upgrades; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'mq-auto-minor-upgrade-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS05-BP05',
  choiceId: 'ops_dev_integ_patch_mgmt',
  severity: 'medium',
  title: 'Amazon MQ broker does not take minor version upgrades',
  rationale:
    'Minor broker versions carry bug and security fixes; with automatic minor upgrades off the broker keeps known issues until someone schedules an upgrade by hand.',
  remediation:
    'Turn on automatic minor version upgrades so that fixes are applied during the maintenance window.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_dev_integ_patch_mgmt.html',
  services: ['mq-broker'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'autoMinorVersionUpgrade') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} does not take minor version fixes automatically`,
          fix: {
            title: 'Turn on automatic minor upgrades',
            node: n.id,
            props: { autoMinorVersionUpgrade: true },
          },
        }
      : null,
};
