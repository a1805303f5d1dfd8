import { add, addMissing } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

const FREE_RETENTION_HOURS = 24;

/**
 * Amazon Kinesis Data Streams. On-demand: stream-hours, GB written and GB read. Provisioned:
 * shard-hours, PUT payload units (one per record up to 25 KB) and enhanced fan-out
 * consumer-shard-hours. Extended retention and on-demand or fan-out data retrieval prices are not
 * in the data: those lines are unknown.
 */
export function priceKinesisDataStreams(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const hours = n.runningHours();
  const consumers = Math.max(0, n.num('enhancedFanOutConsumers', 0));
  const extraRetentionHours =
    n.num('retentionPeriodHours', FREE_RETENTION_HOURS) - FREE_RETENTION_HOURS;
  if (n.str('capacityMode', 'ON_DEMAND') === 'PROVISIONED') {
    const shards = Math.max(0, n.num('shardCount', 1));
    add(charges, 'kinesis_data_streams/provisioned_shard_hour', shards * hours);
    add(
      charges,
      'kinesis_data_streams/provisioned_put_payload_units',
      n.usage('writeRequestsPerMonth'),
    );
    n.assume('Each record is up to 25 KB (one PUT payload unit).');
    add(
      charges,
      'kinesis_data_streams/enhanced_fan_out_consumer_shard_hour',
      consumers * shards * hours,
    );
    addMissing(
      n,
      charges,
      'kinesis_data_streams/enhanced_fan_out_data_retrieved',
      consumers > 0 ? n.usage('dataRetrievedGb') : 0,
      'enhanced fan-out data retrieval',
    );
    addMissing(
      n,
      charges,
      'kinesis_data_streams/extended_retention_shard_hour',
      extraRetentionHours > 0 ? shards * hours : 0,
      'retention beyond 24 hours',
    );
  } else {
    add(charges, 'kinesis_data_streams/on_demand_stream_hour', hours);
    add(charges, 'kinesis_data_streams/on_demand_data_ingested', n.usage('dataIngestedGb'));
    add(charges, 'kinesis_data_streams/on_demand_data_retrieved', n.usage('dataRetrievedGb'));
    addMissing(
      n,
      charges,
      'kinesis_data_streams/on_demand_enhanced_fan_out',
      consumers,
      'on-demand enhanced fan-out',
    );
    addMissing(
      n,
      charges,
      'kinesis_data_streams/on_demand_extended_retention',
      extraRetentionHours > 0 ? n.usage('dataIngestedGb') : 0,
      'retention beyond 24 hours',
    );
  }
  return { charges };
}
