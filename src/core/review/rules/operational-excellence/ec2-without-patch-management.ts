import type { RuleHit, Rule } from '../../types.ts';

/** OPS05-BP05: instances nobody patches automatically fall behind on fixes. */
export const rule: Rule = {
  id: 'ec2-without-patch-management',
  pillar: 'operational-excellence',
  bestPractice: 'OPS05-BP05',
  choiceId: 'ops_dev_integ_patch_mgmt',
  severity: 'medium',
  title: 'EC2 instances have no automated patching',
  rationale:
    'Long-lived instances need operating-system and package patches; patching them by hand is slow, error-prone and leaves known issues open for weeks.',
  remediation:
    'Add AWS Systems Manager with Patch Manager on (patch baseline and maintenance window), or rebuild instances from patched images through a pipeline.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_dev_integ_patch_mgmt.html',
  services: ['ec2-instance', 'systems-manager'],
  topology: true,
  check: (ctx) => {
    const instances = ctx.nodesOf('ec2-instance');
    if (instances.length === 0) return [];
    const ssm = ctx.nodesOf('systems-manager');
    if (ssm.some((s) => ctx.prop(s, 'patching') === true)) return [];
    const hit: RuleHit = {
      nodes: [...instances.map((i) => i.id), ...ssm.map((s) => s.id)],
      message:
        ssm.length === 0
          ? `${instances.length} EC2 instance(s) and no Systems Manager to patch them`
          : 'Systems Manager is in the design but Patch Manager is off',
    };
    if (ssm.length > 0)
      hit.fix = { title: 'Turn on Patch Manager', node: ssm[0].id, props: { patching: true } };
    return [hit];
  },
};
