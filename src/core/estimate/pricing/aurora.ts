import { carbonConstants } from '../../catalog/tables.ts';
import { add, addMissing } from './common.ts';
import type { Charge, Footprint, NodeInput, PricingResult } from '../types.ts';

/** CCF's Aurora Serverless method: 1 ACU is about 2 GB and 0.25 vCPU, so 4 ACU-hours = 1 vCPU-hour. */
const ACU_HOURS_PER_VCPU_HOUR = 4;

/**
 * Amazon Aurora (MySQL or PostgreSQL compatible). Provisioned: instance-hours of the class for
 * the writer plus one reader when Multi-AZ. Serverless v2: ACU-hours (average ACUs x instances x
 * running hours). Storage per GB-month and, on the Standard configuration, I/O requests. The
 * I/O-Optimized instance and ACU prices and global-database replication are not in the data.
 */
export function priceAurora(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const engine = n.str('engine', 'postgresql');
  const ioOptimized = n.str('storageConfiguration', 'standard') === 'io_optimized';
  const instances = n.bool('multiAz', false) ? 2 : 1;
  n.assume(
    `${instances} instance${instances > 1 ? 's (writer and one reader in another AZ)' : ' (writer only)'}.`,
  );
  const hours = n.runningHours();
  const footprint: Footprint = {};

  if (n.str('capacityMode', 'provisioned') === 'serverless_v2') {
    const acuHours = n.usage('averageAcu') * instances * hours;
    if (ioOptimized)
      addMissing(
        n,
        charges,
        'aurora/serverless_v2_acu_hour_io_optimized',
        acuHours,
        'I/O-Optimized ACU-hours',
      );
    else add(charges, 'aurora/serverless_v2_acu_hour', acuHours);
    footprint.vcpuHours = acuHours / ACU_HOURS_PER_VCPU_HOUR;
    n.assume('Serverless v2 compute: 4 ACU-hours counted as 1 vCPU-hour (CCF).');
  } else {
    const cls = n.str('instanceClass', 'db.r6g.large');
    const item = `aurora/${engine}_${cls}_${ioOptimized ? 'io_optimized' : 'standard'}`;
    if (ioOptimized) addMissing(n, charges, item, instances * hours, 'I/O-Optimized instances');
    else add(charges, item, instances * hours);
    footprint.instances = [{ type: cls, count: instances, hours }];
  }

  const storageGb = n.usage('storageGb');
  if (ioOptimized) {
    add(charges, 'aurora/storage_io_optimized', storageGb);
  } else {
    add(charges, 'aurora/storage_standard', storageGb);
    add(charges, 'aurora/io_requests_standard', n.usage('ioRequestsPerMonth'));
  }
  if (n.bool('globalDatabase', false)) {
    addMissing(
      n,
      charges,
      'aurora/global_replicated_write_io',
      n.usage('ioRequestsPerMonth'),
      'global-database replicated write I/O',
    );
  }
  n.assume(
    'Backup storage up to the cluster volume size is free; extra backup storage is not included.',
  );
  footprint.storage = [
    {
      gbMonth: storageGb,
      replication: carbonConstants.replicationFactors.RDS_AURORA.value,
      medium: 'ssd',
      label: 'cluster volume',
    },
  ];
  return { charges, footprint };
}
