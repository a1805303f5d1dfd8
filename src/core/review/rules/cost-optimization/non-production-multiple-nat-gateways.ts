import type { DesignNode } from '../../../model/types.ts';
import type { Rule, RuleHit } from '../../types.ts';
import { isNonProduction, nameOf, wa } from '../helpers.ts';

/** Flags: A NAT gateway per AZ in a non-production VPC. */
export const rule: Rule = {
  id: 'non-production-multiple-nat-gateways',
  pillar: 'cost-optimization',
  bestPractice: 'COST05-BP01',
  severity: 'medium',
  title: 'A NAT gateway per AZ in a non-production VPC',
  rationale:
    'Each NAT gateway is billed by the hour whether traffic flows or not; one per AZ buys AZ independence that a development or test environment seldom needs.',
  remediation:
    'Share one NAT gateway across the AZs of non-production VPCs (accepting cross-AZ charges and the single point of failure).',
  docs: wa('COST05-BP01'),
  services: ['nat-gateway', 'availability-zone'],
  topology: true,
  needsContext: ['environment'],
  check: (ctx) => {
    if (!isNonProduction(ctx)) return [];
    const byVpc = new Map<string, DesignNode[]>();
    for (const nat of ctx.nodesOf('nat-gateway')) {
      const vpc = ctx.ancestor(nat, 'vpc');
      if (vpc) byVpc.set(vpc.id, [...(byVpc.get(vpc.id) ?? []), nat]);
    }
    const hits: RuleHit[] = [];
    for (const [vpcId, nats] of byVpc) {
      const zones = ctx.zonesOf(ctx.index.nodes.get(vpcId)!).length;
      const perAz = nats.filter(
        (n) => ctx.prop(n, 'onePerAz') === true && ctx.prop(n, 'availabilityMode') === 'zonal',
      );
      if (nats.length > 1) {
        hits.push({
          nodes: nats.map((n) => n.id),
          message: `${nats.length} NAT gateways in one non-production VPC`,
        });
      } else if (perAz.length === 1 && zones > 1) {
        hits.push({
          nodes: [perAz[0].id],
          message: `NAT gateway ${nameOf(perAz[0])} runs one gateway in each of ${zones} AZs in a non-production VPC`,
          fix: {
            title: 'Share a single NAT gateway',
            node: perAz[0].id,
            props: { onePerAz: false },
          },
        });
      }
    }
    return hits;
  },
};
