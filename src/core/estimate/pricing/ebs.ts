import { carbonConstants } from '../../catalog/tables.ts';
import { add, addMissing } from './common.ts';
import type { Charge, Footprint, NodeInput, PricingResult } from '../types.ts';

/** gp3 includes 3,000 IOPS and 125 MiB/s per volume; above that each is charged. */
const GP3_FREE_IOPS = 3000;
const GP3_FREE_MIBPS = 125;
/** The io2 IOPS price in the data covers up to 32,000 IOPS per volume. */
const IO2_TIER1_IOPS = 32000;

/**
 * Amazon EBS volume: storage by type (GB-month), gp3 IOPS above 3,000 and throughput above
 * 125 MiB/s (priced per GiBps-month, i.e. `per` 1,024 MiBps), io2 provisioned IOPS, and snapshot
 * storage when backups are kept. Storage is kept all month: the schedule does not scale it.
 */
export function priceEbs(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const type = n.str('volumeType', 'gp3');
  const sizeGb = Math.max(0, n.num('volumeSizeGb', 100));
  const iops = Math.max(0, n.num('iops', 0));
  add(charges, `ebs/${type}_storage`, sizeGb);
  if (type === 'gp3') {
    add(charges, 'ebs/gp3_iops_over_3000', iops - GP3_FREE_IOPS);
    add(
      charges,
      'ebs/gp3_throughput_over_125',
      n.num('throughputMiBps', GP3_FREE_MIBPS) - GP3_FREE_MIBPS,
    );
  } else if (type === 'io2') {
    add(charges, 'ebs/io2_iops_tier1', Math.min(iops, IO2_TIER1_IOPS));
    addMissing(n, charges, 'ebs/io2_iops_tier2', iops - IO2_TIER1_IOPS, 'io2 IOPS above 32,000');
  }
  const snapshotGb = n.num('backupRetentionDays', 0) > 0 ? n.usage('snapshotStorageGb') : 0;
  add(charges, 'ebs/snapshot_standard', snapshotGb);

  const R = carbonConstants.replicationFactors;
  const footprint: Footprint = {
    storage: [
      {
        gbMonth: sizeGb,
        replication: R.EC2_EBS_VOLUME.value,
        medium: type === 'st1' || type === 'sc1' ? 'hdd' : 'ssd',
        label: `${type} volume`,
      },
      {
        gbMonth: snapshotGb,
        replication: R.EC2_EBS_SNAPSHOT.value,
        medium: 'hdd',
        label: 'snapshots',
      },
    ],
  };
  return { charges, footprint };
}
