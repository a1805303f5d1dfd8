import type { DesignNode, PropValue } from '../../../model/types.ts';
import type { ReviewContext, Rule, RuleHit } from '../../types.ts';
import { hitOn, isNonProduction, nameOf, vpcZones, wa } from '../helpers.ts';

/** The settings that would make a single-AZ store span AZs, or null when it already does. */
function multiAzFix(ctx: ReviewContext, n: DesignNode): Record<string, PropValue> | null {
  const num = (key: string) => Number(ctx.prop(n, key) ?? 0);
  switch (n.service) {
    case 'rds-instance':
    case 'aurora-cluster':
    case 'efs-file-system':
    case 'fsx-windows':
      return ctx.prop(n, 'multiAz') === false ? { multiAz: true } : null;
    case 'elasticache':
      if (ctx.prop(n, 'deployment') === 'serverless') return null;
      return ctx.prop(n, 'multiAz') === false || num('replicasPerShard') < 1
        ? { multiAz: true, replicasPerShard: Math.max(1, num('replicasPerShard')) }
        : null;
    case 'memorydb':
      return num('numReplicasPerShard') < 1 ? { numReplicasPerShard: 1 } : null;
    case 'documentdb-cluster':
      return num('instanceCount') < 2 ? { instanceCount: 2 } : null;
    case 'neptune-cluster':
      return ctx.prop(n, 'capacityMode') === 'provisioned' && num('instanceCount') < 2
        ? { instanceCount: 2 }
        : null;
    case 'opensearch-domain':
      return ctx.prop(n, 'multiAz') === false || num('instanceCount') < 2
        ? { multiAz: true, instanceCount: Math.max(2, num('instanceCount')) }
        : null;
    case 'mq-broker':
      return ctx.prop(n, 'deploymentMode') === 'SINGLE_INSTANCE'
        ? { deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ' }
        : null;
    default:
      return null;
  }
}

const STORES = [
  'rds-instance',
  'aurora-cluster',
  'elasticache',
  'memorydb',
  'documentdb-cluster',
  'neptune-cluster',
  'opensearch-domain',
  'mq-broker',
  'efs-file-system',
  'fsx-windows',
];

/** Flags: Database, cache or file system in a single Availability Zone. */
export const rule: Rule = {
  id: 'data-store-single-az',
  pillar: 'reliability',
  bestPractice: 'REL10-BP01',
  severity: 'high',
  title: 'Database, cache or file system in a single Availability Zone',
  rationale:
    'A store with no standby or replica in a second AZ goes down with its AZ and may lose recent writes; Multi-AZ gives automatic failover to a synchronous copy, which also needs subnets in two AZs.',
  remediation:
    'Enable Multi-AZ (or add replicas or instances in another AZ) and give the store subnets in at least two AZs.',
  docs: wa('REL10-BP01'),
  services: [...STORES, 'availability-zone'],
  topology: true,
  check: (ctx) => {
    // Development and test copies may run in one AZ on purpose; the cost rules cover them.
    if (isNonProduction(ctx)) return [];
    const hits: RuleHit[] = [];
    const what = (n: DesignNode) => `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)}`;
    for (const n of ctx.nodesOf(...STORES)) {
      if (vpcZones(ctx, n).length === 1) {
        hits.push(hitOn(n, `${what(n)} has subnets in only one AZ of its VPC`));
        continue;
      }
      const fix = multiAzFix(ctx, n);
      if (fix)
        hits.push(
          hitOn(n, `${what(n)} runs in a single AZ`, {
            title: 'Spread across Availability Zones',
            props: fix,
          }),
        );
    }
    return hits;
  },
};
