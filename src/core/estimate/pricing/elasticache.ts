import { add, addMissing } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * Amazon ElastiCache. Node-based: node-hours of the engine and node type for every node (shards
 * x (1 primary + replicas)). Serverless: data stored per GB-hour for the running hours and ECPUs.
 * Global Datastore replication is not in the data.
 */
export function priceElastiCache(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const engine = n.str('engine', 'valkey');
  const hours = n.runningHours();
  if (n.bool('globalDatastore', false))
    addMissing(
      n,
      charges,
      'elasticache/global_datastore_transfer',
      1,
      'Global Datastore cross-Region replication',
    );

  if (n.str('deployment', 'node-based') === 'serverless') {
    add(charges, `elasticache/serverless_${engine}_storage`, n.usage('storageGb') * hours);
    add(charges, `elasticache/serverless_${engine}_ecpu`, n.usage('ecpuPerMonth'));
    return {
      charges,
      carbonUnknown:
        'Cloud Carbon Footprint has no vCPU equivalent for ElastiCache Processing Units.',
    };
  }
  const type = n.str('nodeType', 'cache.t3.medium');
  const nodes =
    Math.max(1, n.num('numShards', 1)) * (1 + Math.max(0, n.num('replicasPerShard', 0)));
  n.assume(`${nodes} node${nodes === 1 ? '' : 's'}: shards x (1 primary + replicas per shard).`);
  add(charges, `elasticache/${engine}_${type}`, nodes * hours);
  if (n.num('backupRetentionDays', 0) > 0) n.assume('Backup storage is not included.');
  return { charges, footprint: { instances: [{ type, count: nodes, hours }] } };
}
