import type { RuleHit, Rule } from '../../types.ts';

const COMPUTE = ['ec2-instance', 'lambda-function', 'ecs-service', 'fargate', 'eks-cluster', 'batch', 'emr-cluster', 'glue'];
const GATEWAY_TARGETS = ['s3-bucket', 'dynamodb-table'];

/** PERF04-BP02: S3 and DynamoDB traffic from private subnets should not queue through a NAT gateway. */
export const rule: Rule = {
  id: 'storage-traffic-through-nat',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF04-BP02',
  choiceId: 'perf_networking_evaluate_networking_features',
  severity: 'high',
  title: 'Private subnet reaches S3 or DynamoDB without a gateway endpoint',
  rationale:
    'Without a gateway endpoint, calls from private subnets to S3 and DynamoDB go out through a NAT gateway, which adds a hop, shares its bandwidth with all other outbound traffic and charges per gigabyte; gateway endpoints route them directly and cost nothing.',
  remediation: 'Add S3 and DynamoDB gateway VPC endpoints to the VPC and associate them with the private subnets\' route tables.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_networking_evaluate_networking_features.html',
  services: [...COMPUTE, ...GATEWAY_TARGETS, 'vpc-endpoint'],
  topology: true,
  check: (ctx) => {
    const withGateway = new Set<string>();
    for (const ep of ctx.nodesOf('vpc-endpoint')) {
      const vpc = ctx.ancestor(ep, 'vpc');
      if (vpc && ctx.prop(ep, 'endpointType') === 'Gateway') withGateway.add(vpc.id);
    }
    const hits: RuleHit[] = [];
    for (const c of ctx.nodesOf(...COMPUTE)) {
      if (!ctx.ancestor(c, 'private-subnet')) continue;
      const vpc = ctx.ancestor(c, 'vpc');
      if (!vpc || withGateway.has(vpc.id)) continue;
      for (const t of ctx.targets(c, ...GATEWAY_TARGETS)) {
        hits.push({ nodes: [c.id, t.id], message: `${c.label ?? c.id} reaches ${t.label ?? t.id} through NAT: ${vpc.label ?? vpc.id} has no gateway endpoint` });
      }
    }
    return hits;
  },
};
