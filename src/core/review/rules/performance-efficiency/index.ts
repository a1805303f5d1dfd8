import type { Rule } from '../../types.ts';
import { rule as asgFixedCapacity } from './asg-fixed-capacity.ts';
import { rule as asgInstancesBasicMonitoring } from './asg-instances-basic-monitoring.ts';
import { rule as burstableDataStoreInProduction } from './burstable-data-store-in-production.ts';
import { rule as cloudfrontHttp1Only } from './cloudfront-http1-only.ts';
import { rule as cloudfrontPriceClassExcludesUsers } from './cloudfront-price-class-excludes-users.ts';
import { rule as crossRegionSynchronousCall } from './cross-region-synchronous-call.ts';
import { rule as dynamodbProvisionedBelowDemand } from './dynamodb-provisioned-below-demand.ts';
import { rule as efsBurstingThroughputSmallFileSystem } from './efs-bursting-throughput-small-file-system.ts';
import { rule as kinesisConsumersShareThroughput } from './kinesis-consumers-share-throughput.ts';
import { rule as lambdaMemoryStarved } from './lambda-memory-starved.ts';
import { rule as multiRegionWithoutLatencyRouting } from './multi-region-without-latency-routing.ts';
import { rule as nlbCrossZoneUnevenTargets } from './nlb-cross-zone-uneven-targets.ts';
import { rule as previousGenerationInstanceType } from './previous-generation-instance-type.ts';
import { rule as queueWorkersScaleOnCpu } from './queue-workers-scale-on-cpu.ts';
import { rule as readHeavyStoreWithoutCache } from './read-heavy-store-without-cache.ts';
import { rule as regionFarFromUsers } from './region-far-from-users.ts';
import { rule as vpnBandwidthForVolume } from './vpn-bandwidth-for-volume.ts';

/** The performance-efficiency rules, in id order; the registry reads this list. */
export const rules: Rule[] = [
  asgFixedCapacity,
  asgInstancesBasicMonitoring,
  burstableDataStoreInProduction,
  cloudfrontHttp1Only,
  cloudfrontPriceClassExcludesUsers,
  crossRegionSynchronousCall,
  dynamodbProvisionedBelowDemand,
  efsBurstingThroughputSmallFileSystem,
  kinesisConsumersShareThroughput,
  lambdaMemoryStarved,
  multiRegionWithoutLatencyRouting,
  nlbCrossZoneUnevenTargets,
  previousGenerationInstanceType,
  queueWorkersScaleOnCpu,
  readHeavyStoreWithoutCache,
  regionFarFromUsers,
  vpnBandwidthForVolume,
];
