import { carbonConstants } from '../../catalog/tables.ts';
import { add, addMissing, noFreeTier } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * Amazon DynamoDB, Standard table class: on-demand read and write request units, or provisioned
 * RCU- and WCU-hours for the running hours; storage, point-in-time-recovery backups (the table's
 * size) and stream reads. Standard-IA and global-table replicated writes are not in the data.
 */
export function priceDynamoDb(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const ia = n.str('tableClass', 'STANDARD') === 'STANDARD_INFREQUENT_ACCESS';
  const item = (base: string) => (ia ? `dynamodb/ia_${base}` : `dynamodb/${base}`);
  const priced = (key: string, qty: number, what: string) =>
    ia
      ? addMissing(n, charges, item(key), qty, `Standard-IA ${what}`)
      : add(charges, item(key), qty);

  const writes = n.usage('writeRequestsPerMonth');
  if (n.str('capacityMode', 'on_demand') === 'provisioned') {
    const hours = n.runningHours();
    priced(
      'provisioned_rcu_hour',
      Math.max(0, n.num('readCapacityUnits', 5)) * hours,
      'read capacity',
    );
    priced(
      'provisioned_wcu_hour',
      Math.max(0, n.num('writeCapacityUnits', 5)) * hours,
      'write capacity',
    );
  } else {
    priced('on_demand_read_request_units', n.usage('readRequestsPerMonth'), 'read requests');
    priced('on_demand_write_request_units', writes, 'write requests');
  }
  const storageGb = n.usage('storageGb');
  priced('storage', storageGb, 'storage');
  if (n.bool('pointInTimeRecovery', false)) add(charges, 'dynamodb/pitr_backup_storage', storageGb);
  if (n.str('stream', 'none') !== 'none')
    add(charges, 'dynamodb/streams_read_requests', n.usage('streamReadRequestsPerMonth'));
  const replicas = n.prop('replicaRegions');
  const replicaCount = Array.isArray(replicas) ? replicas.length : 0;
  addMissing(
    n,
    charges,
    'dynamodb/replicated_write_request_units',
    writes * replicaCount,
    'global-table replicated writes',
  );
  noFreeTier(n, '25 GB of storage and 25 provisioned RCU/WCU');

  return {
    charges,
    footprint: {
      storage: [
        {
          gbMonth: storageGb,
          replication: carbonConstants.replicationFactors.DYNAMO_DB.value,
          label: 'table storage',
        },
      ],
    },
  };
}
