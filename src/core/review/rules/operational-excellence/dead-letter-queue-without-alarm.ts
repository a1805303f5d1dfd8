import type { DesignNode } from '../../../model/types.ts';
import type { ReviewContext, Rule } from '../../types.ts';

/** A queue that another queue redrives its failed messages to (an SQS-to-SQS edge). */
export function isDeadLetterQueue(ctx: ReviewContext, node: DesignNode): boolean {
  return node.service === 'sqs-queue' && ctx.sources(node, 'sqs-queue').length > 0;
}

/** OPS08-BP04: messages that land in a dead-letter queue are failures nobody sees unless an alarm watches it. */
export const rule: Rule = {
  id: 'dead-letter-queue-without-alarm',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP04',
  choiceId: 'ops_workload_observability_create_alerts',
  severity: 'high',
  title: 'Dead-letter queue has no alarm',
  rationale:
    'A dead-letter queue keeps the messages that could not be processed; if no alarm fires when it fills, those failed orders or events wait unnoticed until they expire.',
  remediation:
    'Connect the dead-letter queue to a CloudWatch node that alarms when its visible message count rises above zero, and route the alarm to the owning team.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_create_alerts.html',
  services: ['sqs-queue', 'cloudwatch'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('sqs-queue')
      .filter(
        (q) =>
          isDeadLetterQueue(ctx, q) &&
          ctx.targets(q, 'cloudwatch').length === 0 &&
          ctx.sources(q, 'cloudwatch').length === 0,
      )
      .map((q) => ({
        nodes: [q.id],
        message: `Dead-letter queue ${q.label ?? q.id} has no alarm on its depth`,
      })),
};
