import type { DesignNode } from '../../../model/types.ts';
import type { ReviewContext, Rule, RuleHit } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

// S3 and DynamoDB have free gateway endpoints; without one, private traffic to them pays NAT processing.
const GATEWAY_SERVICES: Record<string, string> = {
  's3-bucket': 's3',
  'dynamodb-table': 'dynamodb',
};

function hasEndpoint(ctx: ReviewContext, vpc: DesignNode, service: string): boolean {
  return ctx.nodesOf('vpc-endpoint').some((ep) => {
    if (ctx.ancestor(ep, 'vpc')?.id !== vpc.id) return false;
    if (ctx.targets(ep, service).length > 0) return true;
    return String(ctx.prop(ep, 'serviceName')).toLowerCase().includes(GATEWAY_SERVICES[service]);
  });
}

/** Flags: Private traffic to S3 or DynamoDB goes through a NAT gateway. */
export const rule: Rule = {
  id: 'nat-traffic-without-gateway-endpoint',
  pillar: 'cost-optimization',
  bestPractice: 'COST08-BP02',
  severity: 'medium',
  title: 'Private traffic to S3 or DynamoDB goes through a NAT gateway',
  rationale:
    'From a private subnet, requests to S3 and DynamoDB leave through the NAT gateway and pay its per-GB processing charge; a gateway endpoint carries the same traffic at no charge and off the internet path.',
  remediation:
    "Add S3 and DynamoDB gateway endpoints to the VPC and associate them with the private subnets' route tables.",
  docs: wa('COST08-BP02'),
  services: ['nat-gateway', 'vpc-endpoint', 's3-bucket', 'dynamodb-table', 'private-subnet'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    const reported = new Set<string>();
    for (const target of ctx.nodesOf(...Object.keys(GATEWAY_SERVICES))) {
      for (const client of ctx.sources(target)) {
        const subnet = ctx.ancestor(client, 'private-subnet');
        const vpc = subnet ? ctx.ancestor(subnet, 'vpc') : undefined;
        if (!subnet || !vpc || ctx.prop(subnet, 'egress') !== 'nat') continue;
        const key = `${vpc.id}\u0000${target.service}`;
        if (reported.has(key)) continue;
        const nat = ctx.nodesOf('nat-gateway').find((n) => ctx.ancestor(n, 'vpc')?.id === vpc.id);
        if (!nat || hasEndpoint(ctx, vpc, target.service)) continue;
        reported.add(key);
        hits.push({
          nodes: [vpc.id, nat.id, target.id],
          message: `${nameOf(vpc)} reaches ${ctx.entry(target)?.name ?? target.service} through NAT gateway ${nameOf(nat)}`,
        });
      }
    }
    return hits;
  },
};
