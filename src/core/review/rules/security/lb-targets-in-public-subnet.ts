import type { Rule, RuleHit } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

const LBS = ['application-load-balancer', 'network-load-balancer'];
const TARGETS = ['ec2-instance', 'ecs-service', 'fargate', 'eks-cluster'];

/** Flags: Load balancer targets placed in a public subnet. */
export const rule: Rule = {
  id: 'lb-targets-in-public-subnet',
  pillar: 'security',
  bestPractice: 'SEC05-BP01',
  severity: 'high',
  title: 'Load balancer targets placed in a public subnet',
  rationale:
    'Servers behind a load balancer need no route from the internet; in a public subnet they can be given public addresses and reached directly, bypassing the load balancer and anything in front of it.',
  remediation:
    'Keep the load balancer in public subnets and move its targets to private subnets, reaching the internet through NAT if they need to.',
  docs: wa('SEC05-BP01'),
  services: [...LBS, ...TARGETS, 'public-subnet'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const lb of ctx.nodesOf(...LBS)) {
      for (const t of ctx.targets(lb, ...TARGETS)) {
        const subnet = ctx.ancestor(t, 'public-subnet', 'private-subnet', 'outpost-subnet');
        if (subnet?.service === 'public-subnet') {
          hits.push({
            nodes: [t.id, lb.id],
            message: `${nameOf(t)} behind ${nameOf(lb)} sits in public subnet ${nameOf(subnet)}`,
          });
        }
      }
    }
    return hits;
  },
};
