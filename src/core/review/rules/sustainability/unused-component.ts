import { incomingOf, outgoingOf } from '../../../model/graph.ts';
import type { Rule } from '../../types.ts';

/** Workload components that only do useful work when something sends them requests or data. */
const COMPONENTS = [
  'ec2-instance',
  'lambda-function',
  'ecs-service',
  'fargate',
  'eks-cluster',
  'elastic-beanstalk',
  'app-runner',
  'batch',
  'lightsail',
  'rds-instance',
  'aurora-cluster',
  'dynamodb-table',
  'documentdb-cluster',
  'neptune-cluster',
  'elasticache',
  'memorydb',
  'dax-cluster',
  'opensearch-domain',
  'redshift-cluster',
  'redshift-serverless',
  's3-bucket',
  'efs-file-system',
  'fsx-lustre',
  'fsx-windows',
  'ebs-volume',
  'sqs-queue',
  'sns-topic',
  'kinesis-data-streams',
  'firehose',
  'msk-cluster',
  'mq-broker',
  'step-functions',
  'glue',
  'emr-cluster',
  'sagemaker',
];

/** SUS03-BP02: a component nothing talks to still draws power and holds storage. */
export const rule: Rule = {
  id: 'unused-component',
  pillar: 'sustainability',
  bestPractice: 'SUS03-BP02',
  choiceId: 'sus_sus_software_a3',
  severity: 'medium',
  title: 'Component is connected to nothing',
  rationale:
    'A server, database, bucket or queue that no other part of the design sends to or reads from is either unused, and so consumes energy and storage for nothing, or its purpose is missing from the diagram.',
  remediation:
    'Remove the component if nothing uses it; otherwise draw the edges that show who uses it, so that the review can judge it.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_software_a3.html',
  services: COMPONENTS,
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf(...COMPONENTS)
      .filter(
        (n) => incomingOf(ctx.index, n.id).length === 0 && outgoingOf(ctx.index, n.id).length === 0,
      )
      .map((n) => ({ nodes: [n.id], message: `${n.label ?? n.id} is connected to nothing` })),
};
