import { add, addBanded, addMissing } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * Amazon Data Firehose: ingestion per GB (Direct PUT and Kinesis Data Streams sources share the
 * rate; first 500 TB a month), format conversion per GB, and VPC delivery per AZ-hour. MSK
 * sources and VPC delivery's per-GB charge are not in the data: those lines are unknown.
 */
export function priceFirehose(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const gb = n.usage('dataIngestedGb');
  if (n.str('source', 'DirectPut') === 'MSKAsSource') {
    addMissing(n, charges, 'firehose/msk_source_ingest', gb, 'ingestion from Amazon MSK');
  } else {
    addBanded(
      charges,
      'firehose/direct_put_ingest',
      ['firehose/direct_put_ingest_first_500tb'],
      gb,
    );
    n.assume('Records are 5 KB or larger (Firehose rounds each record up to 5 KB).');
  }
  if (n.bool('formatConversion', false)) add(charges, 'firehose/format_conversion', gb);
  const azs = Math.max(0, n.num('vpcDeliveryAzs', 0));
  if (azs > 0) {
    add(charges, 'firehose/vpc_delivery_per_az_hour', azs * n.runningHours());
    addMissing(n, charges, 'firehose/vpc_delivery_data_processed', gb, 'data delivered into a VPC');
  }
  return { charges };
}
