import { CARBON } from '../../catalog/tables.ts';
import { add, addMissing } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * Amazon Redshift. Provisioned clusters: node-hours of the node type (doubled by Multi-AZ, RA3
 * only); RA3 managed storage is not in the data. Serverless: RPU-hours at the base capacity for
 * the hours queries run; its managed storage is not in the data either.
 */
export function priceRedshift(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const hours = n.runningHours();
  const storageGb = n.hasUsage('storageGb') ? n.usage('storageGb') : 0;

  if (n.entry.id === 'redshift-serverless') {
    add(charges, 'redshift/serverless_rpu_hour', Math.max(0, n.num('baseCapacityRpu', 8)) * hours);
    n.assume('Billed at the base capacity for every hour queries run (no scaling above it).');
    addMissing(n, charges, 'redshift/managed_storage', storageGb, 'Redshift managed storage');
    return {
      charges,
      carbonUnknown: 'Cloud Carbon Footprint has no vCPU equivalent for Redshift Processing Units.',
    };
  }

  const type = n.str('nodeType', 'ra3.large');
  const multiAz = n.bool('multiAz', false) && type.startsWith('ra3');
  const nodes = Math.max(0, n.num('numberOfNodes', 1)) * (multiAz ? 2 : 1);
  add(charges, `redshift/${type}`, nodes * hours);
  if (multiAz) n.assume('Multi-AZ doubles the compute nodes (a standby copy in a second AZ).');
  if (type.startsWith('ra3'))
    addMissing(n, charges, 'redshift/managed_storage', storageGb, 'RA3 managed storage');
  else n.assume('DC2 nodes include their local SSD storage.');

  // CCF reads Redshift node-hours with its own vCPU table and the average watts of unknown processors.
  const row = Object.hasOwn(CARBON.otherInstanceTypes.redshift, type)
    ? CARBON.otherInstanceTypes.redshift[type]
    : undefined;
  if (!row)
    return {
      charges,
      carbonUnknown: `Cloud Carbon Footprint has no vCPU count for Redshift ${type}.`,
    };
  n.assume(`Carbon: ${row.vCpu} vCPU per ${type} node (CCF's Redshift table).`);
  return { charges, footprint: { vcpuHours: row.vCpu * nodes * hours } };
}
