import { carbonConstants } from '../../catalog/tables.ts';
import { add, addBanded, addDataOut, addMissing, noFreeTier } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/** S3 Standard storage bands (TB = 1,024 GB); the data has no price above 500 TB. */
export const S3_STANDARD_BANDS: readonly string[] = [
  's3/standard_storage_first_50tb',
  's3/standard_storage_next_450tb',
];

/** Storage classes with a flat storage price in the data, by the bucket's `storageClass` value. */
const FLAT_STORAGE: Record<string, string> = {
  standard_ia: 's3/standard_ia_storage',
  glacier_instant_retrieval: 's3/glacier_instant_retrieval_storage',
};

/**
 * Amazon S3 bucket (and S3 Glacier classes): storage by class, Standard across its bands; PUT
 * and GET requests at the Standard request prices (the only ones in the data, so other classes'
 * requests and retrievals are unknown); data out to the internet across its bands.
 */
export function priceS3(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const cls = n.str('storageClass', 'standard');
  const storageGb = n.usage('storageGb');
  if (cls === 'standard') addBanded(charges, 's3/standard_storage', S3_STANDARD_BANDS, storageGb);
  else if (FLAT_STORAGE[cls]) add(charges, FLAT_STORAGE[cls], storageGb);
  else addMissing(n, charges, `s3/${cls}_storage`, storageGb, `${cls} storage`);

  const writes = n.usage('writeRequestsPerMonth');
  const reads = n.usage('readRequestsPerMonth');
  if (cls === 'standard') {
    add(charges, 's3/put_copy_post_list_requests', writes);
    add(charges, 's3/get_and_other_requests', reads);
  } else {
    addMissing(n, charges, `s3/${cls}_put_requests`, writes, `${cls} PUT requests`);
    addMissing(n, charges, `s3/${cls}_get_requests`, reads, `${cls} GET requests`);
  }
  if (n.hasUsage('dataRetrievedGb'))
    addMissing(n, charges, `s3/${cls}_retrieval`, n.usage('dataRetrievedGb'), `${cls} retrieval`);
  const dataOutGb = n.hasUsage('dataOutGb') ? n.usage('dataOutGb') : 0;
  addDataOut(n, charges, dataOutGb);
  if (n.str('replication', 'none') === 'cross-region') {
    n.assume(
      'Cross-Region replication transfer is not included: it is charged to the destination pair (draw the replica bucket).',
    );
  }
  noFreeTier(n, '5 GB of Standard storage and 20,000 GET requests for new accounts');

  const R = carbonConstants.replicationFactors;
  const oneZone = cls === 'onezone_ia';
  return {
    charges,
    footprint: {
      storage: [
        {
          gbMonth: storageGb,
          replication: (oneZone ? R.S3_ONE_ZONE_REDUCED_REDUNDANCY : R.S3).value,
          label: `${cls} storage`,
        },
      ],
      networkGb: dataOutGb,
    },
  };
}
