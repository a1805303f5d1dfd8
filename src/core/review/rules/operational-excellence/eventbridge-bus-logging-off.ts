import type { Rule } from '../../types.ts';

/** OPS08-BP02: EventBridge bus does not log delivery failures; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'eventbridge-bus-logging-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP02',
  choiceId: 'ops_workload_observability_analyze_workload_logs',
  severity: 'medium',
  title: 'EventBridge bus does not log delivery failures',
  rationale:
    'An event bus routes events between services without a trace of its own; when a rule stops matching or a target rejects events, bus logs are the record of what was dropped and why.',
  remediation:
    'Set the bus log level to at least ERROR so that failed deliveries and rule errors are logged.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_analyze_workload_logs.html',
  services: ['eventbridge'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'logLevel') === 'OFF'
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} logs no delivery failures`,
          fix: { title: 'Log delivery errors', node: n.id, props: { logLevel: 'ERROR' } },
        }
      : null,
};
