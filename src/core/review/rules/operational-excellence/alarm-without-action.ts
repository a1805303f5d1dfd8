import { connectionRule } from '../../../catalog/index.ts';
import { outgoingOf } from '../../../model/graph.ts';
import type { Rule } from '../../types.ts';

/** Edge meanings by which an alarm reaches a person or an automated response. */
const ACTIONS = new Set(['publish', 'invoke', 'trigger']);

/** OPS08-BP04: an alarm that notifies nobody and starts nothing is not actionable. */
export const rule: Rule = {
  id: 'alarm-without-action',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP04',
  choiceId: 'ops_workload_observability_create_alerts',
  severity: 'high',
  title: 'CloudWatch alarms notify nobody',
  rationale:
    'An alarm only helps when it reaches someone or starts a response; alarms that change state in the console alone are seen after the customers have already noticed.',
  remediation:
    'Connect the CloudWatch node to an SNS topic that pages the owning team, or to a Lambda function or Systems Manager automation that remediates the condition.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_create_alerts.html',
  services: ['cloudwatch'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('cloudwatch')
      .filter((cw) => (ctx.usage(cw, 'alarms') ?? 0) > 0)
      .filter(
        (cw) =>
          !outgoingOf(ctx.index, cw.id).some((e) => {
            const target = ctx.index.nodes.get(e.target);
            const meaning =
              e.meaning ??
              (target ? connectionRule(cw.service, target.service)?.meaning : undefined);
            return meaning !== undefined && ACTIONS.has(meaning);
          }),
      )
      .map((cw) => ({
        nodes: [cw.id],
        message: `Alarms of ${cw.label ?? cw.id} notify nobody and start no response`,
      })),
};
