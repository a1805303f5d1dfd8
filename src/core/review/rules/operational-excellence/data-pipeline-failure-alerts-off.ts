import type { Rule } from '../../types.ts';

/** OPS08-BP04: Data Pipeline failures raise no alert; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'data-pipeline-failure-alerts-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP04',
  choiceId: 'ops_workload_observability_create_alerts',
  severity: 'high',
  title: 'Data Pipeline failures raise no alert',
  rationale:
    'A scheduled pipeline that fails without an alert leaves downstream data stale until a consumer notices; the failure should reach the team when it happens.',
  remediation:
    'Turn on the failure alarm action so that a failed activity publishes to an SNS topic the team watches.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_create_alerts.html',
  services: ['data-pipeline'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'failureAlerts') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} raises no alert when an activity fails`,
          fix: { title: 'Turn on failure alerts', node: n.id, props: { failureAlerts: true } },
        }
      : null,
};
