import type { Rule } from '../../types.ts';

/** OPS08-BP02: AWS IoT Core logging is disabled; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'iot-core-logging-disabled',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP02',
  choiceId: 'ops_workload_observability_analyze_workload_logs',
  severity: 'medium',
  title: 'AWS IoT Core logging is disabled',
  rationale:
    'Device connections, authorisation failures and rule action errors are only visible in IoT Core logs; with logging disabled, devices that stop reporting leave no explanation.',
  remediation: 'Set the IoT Core log level to at least ERROR.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_analyze_workload_logs.html',
  services: ['iot-core'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'logLevel') === 'DISABLED'
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} logs no device or rule errors`,
          fix: { title: 'Log errors', node: n.id, props: { logLevel: 'ERROR' } },
        }
      : null,
};
