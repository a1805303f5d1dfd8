import type { Rule } from '../../types.ts';

/** OPS08-BP02: Managed Airflow task logs are off; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'mwaa-task-logs-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP02',
  choiceId: 'ops_workload_observability_analyze_workload_logs',
  severity: 'medium',
  title: 'Managed Airflow task logs are off',
  rationale:
    'Airflow task logs are where a failed DAG run explains itself; without them operators can see that a pipeline failed but not why.',
  remediation:
    'Turn on task logs (at least at the INFO level) for the Airflow environment so that they are kept in CloudWatch Logs.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_analyze_workload_logs.html',
  services: ['mwaa'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'taskLogs') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} keeps no task logs`,
          fix: { title: 'Turn on task logs', node: n.id, props: { taskLogs: true } },
        }
      : null,
};
