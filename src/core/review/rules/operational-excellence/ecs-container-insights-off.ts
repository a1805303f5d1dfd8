import type { Rule } from '../../types.ts';

/** OPS04-BP02: ECS service has Container Insights off; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'ecs-container-insights-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS04-BP02',
  choiceId: 'ops_observability_application_telemetry',
  severity: 'high',
  title: 'ECS service has Container Insights off',
  rationale:
    'Without Container Insights the service reports only cluster-level CPU and memory; task-level resource use, restarts and network figures are missing when a container misbehaves.',
  remediation:
    'Turn on Container Insights for the cluster so that task and service metrics and performance logs are collected.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_observability_application_telemetry.html',
  services: ['ecs-service'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'containerInsights') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} collects no task-level telemetry`,
          fix: {
            title: 'Turn on Container Insights',
            node: n.id,
            props: { containerInsights: true },
          },
        }
      : null,
};
