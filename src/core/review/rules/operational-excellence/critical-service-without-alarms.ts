import type { DesignNode } from '../../../model/types.ts';
import type { ReviewContext, Rule } from '../../types.ts';
import { isDeadLetterQueue } from './dead-letter-queue-without-alarm.ts';

/** Services whose failure or saturation users feel first: compute, data stores, queues, APIs and load balancers. */
export const CRITICAL_SERVICES = [
  'ec2-instance',
  'lambda-function',
  'ecs-service',
  'fargate',
  'eks-cluster',
  'elastic-beanstalk',
  'app-runner',
  'rds-instance',
  'aurora-cluster',
  'dynamodb-table',
  'documentdb-cluster',
  'neptune-cluster',
  'elasticache',
  'memorydb',
  'sqs-queue',
  'kinesis-data-streams',
  'msk-cluster',
  'mq-broker',
  'api-gateway',
  'appsync',
  'application-load-balancer',
  'network-load-balancer',
];

/** True when an edge joins the node and a CloudWatch (metrics and alarms) node, in either direction. */
export function hasAlarmEdge(ctx: ReviewContext, node: DesignNode): boolean {
  return ctx.targets(node, 'cloudwatch').length > 0 || ctx.sources(node, 'cloudwatch').length > 0;
}

/** OPS08-BP04: a critical component with no CloudWatch alarm wired to it fails silently. */
export const rule: Rule = {
  id: 'critical-service-without-alarms',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP04',
  choiceId: 'ops_workload_observability_create_alerts',
  severity: 'high',
  title: 'Critical service has no CloudWatch alarm',
  rationale:
    'Compute, databases, queues, APIs and load balancers are where users feel a failure first; without an alarm on them the team learns about an outage from its customers.',
  remediation:
    'Connect the service to a CloudWatch node that alarms on its key metrics (errors, latency, queue age, CPU, free storage) and sends the alarm to someone who acts on it.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_create_alerts.html',
  services: [...CRITICAL_SERVICES, 'cloudwatch'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf(...CRITICAL_SERVICES)
      .filter((n) => !hasAlarmEdge(ctx, n) && !isDeadLetterQueue(ctx, n))
      .map((n) => ({ nodes: [n.id], message: `${n.label ?? n.id} has no CloudWatch alarm` })),
};
