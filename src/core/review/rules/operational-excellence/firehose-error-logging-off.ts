import type { Rule } from '../../types.ts';

/** OPS08-BP02: Firehose delivery errors are not logged; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'firehose-error-logging-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP02',
  choiceId: 'ops_workload_observability_analyze_workload_logs',
  severity: 'medium',
  title: 'Firehose delivery errors are not logged',
  rationale:
    'When a delivery stream cannot write to its destination (permissions, schema, throttling) the only record of why is the error log; with it off, failed records pile up in the backup location unexplained.',
  remediation: 'Turn on error logging to CloudWatch Logs for the delivery stream.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_analyze_workload_logs.html',
  services: ['firehose'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'errorLogging') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} does not log delivery errors`,
          fix: { title: 'Turn on error logging', node: n.id, props: { errorLogging: true } },
        }
      : null,
};
