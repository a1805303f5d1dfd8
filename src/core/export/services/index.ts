/**
 * Per-service mappings, run in a fixed order for each node: catalog defaults and mapped
 * properties are already on the resources; then roles, the service's own shaping, the type
 * fillers for required settings, placement in the VPC, and what depends on placement.
 */
import type { ExportContext, NodeOut } from '../context.ts';
import { createRoles } from '../iam.ts';
import { fillType } from './fillers.ts';
import {
  apiGateway,
  dynamodb,
  eventBridge,
  kinesis,
  lambda,
  lambdaVpcAccess,
  s3,
  sns,
  sqs,
  stepFunctions,
} from './serverless.ts';
import {
  auroraCluster,
  autoScalingGroup,
  ec2,
  ecsService,
  fargate,
  fargatePublicIp,
  loadBalancer,
  loadBalancerIngress,
  neptune,
  eks,
  rdsInstance,
} from './servers.ts';
import { Shaper, type ShapeFn } from './shaper.ts';
import { placeInVpc } from './vpc.ts';
import { appflow, cloudfront, firehose, route53 } from './edge.ts';

interface Mapping {
  /** Before placement in the VPC. */
  shape?: ShapeFn;
  /** After placement, when subnets and security groups are known. */
  placed?: ShapeFn;
}

const MAPPINGS: Readonly<Record<string, Mapping>> = {
  'lambda-function': { shape: lambda, placed: lambdaVpcAccess },
  'sqs-queue': { shape: sqs },
  'sns-topic': { shape: sns },
  'dynamodb-table': { shape: dynamodb },
  's3-bucket': { shape: s3 },
  's3-glacier': { shape: s3 },
  'kinesis-data-streams': { shape: kinesis },
  'step-functions': { shape: stepFunctions },
  eventbridge: { shape: eventBridge },
  'api-gateway': { shape: apiGateway },
  'ec2-instance': { shape: ec2 },
  'auto-scaling-group': { shape: autoScalingGroup },
  'application-load-balancer': { shape: loadBalancer, placed: loadBalancerIngress },
  'network-load-balancer': { shape: loadBalancer },
  'ecs-service': { shape: ecsService },
  fargate: { shape: fargate, placed: fargatePublicIp },
  'rds-instance': { shape: rdsInstance },
  'aurora-cluster': { shape: auroraCluster },
  cloudfront: { shape: cloudfront },
  'neptune-cluster': { shape: neptune },
  'eks-cluster': { shape: eks },
  route53: { shape: route53 },
  firehose: { shape: firehose },
  appflow: { shape: appflow },
};

/** Shapes one node's resources into deployable ones. */
export function shapeNode(ctx: ExportContext, out: NodeOut): void {
  const s = new Shaper(ctx, out);
  createRoles(ctx, out);
  const mapping = MAPPINGS[out.node.service];
  mapping?.shape?.(s);
  out.ids.forEach((id, i) => {
    if (out.stack.resources.has(id)) fillType(s, i);
  });
  placeInVpc(ctx, out);
  mapping?.placed?.(s);
}
