import { carbonConstants } from '../../catalog/tables.ts';
import { add } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * Amazon RDS On-Demand: instance-hours of the engine and class, Single-AZ or Multi-AZ (the
 * Multi-AZ price includes the standby), and storage by type and deployment (GB-month). Only the
 * licence-free MySQL and PostgreSQL prices are in the data: MariaDB, Oracle and SQL Server, and
 * io2 storage, are unknown.
 */
export function priceRds(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const engine = n.str('engine', 'postgresql');
  const cls = n.str('instanceClass', 'db.t3.medium');
  const multiAz = n.bool('multiAz', false);
  const hours = n.runningHours();
  add(charges, `rds/${engine}_${cls}_${multiAz ? 'multi-az' : 'single-az'}`, hours);
  const storageType = n.str('storageType', 'gp3');
  const storageGb = Math.max(0, n.num('allocatedStorageGb', 20));
  add(charges, `rds/storage_${storageType}_${multiAz ? 'multi_az' : 'single_az'}`, storageGb);
  n.assume(
    'Backup storage up to the size of the database is free; extra backup storage is not included.',
  );

  // The standby is a second instance with its own storage: CCF's RDS_MULTI_AZ factor is 2.
  const copies = multiAz ? carbonConstants.replicationFactors.RDS_MULTI_AZ.value : 1;
  return {
    charges,
    footprint: {
      instances: [{ type: cls, count: copies, hours }],
      storage: [
        { gbMonth: storageGb, replication: copies, medium: 'ssd', label: `${storageType} storage` },
      ],
    },
  };
}
