import type { Rule } from '../../types.ts';
import { rule as cacheBackupsRecreatable } from './cache-backups-recreatable.ts';
import { rule as cloudfrontCompressionOff } from './cloudfront-compression-off.ts';
import { rule as containerX86WhereArm64Fits } from './container-x86-where-arm64-fits.ts';
import { rule as crossRegionDataMovement } from './cross-region-data-movement.ts';
import { rule as dataStoreX86WhereGravitonFits } from './data-store-x86-where-graviton-fits.ts';
import { rule as efsWithoutInfrequentAccessTier } from './efs-without-infrequent-access-tier.ts';
import { rule as firehoseDeliversUncompressed } from './firehose-delivers-uncompressed.ts';
import { rule as glueStandardClassForNonprodJobs } from './glue-standard-class-for-nonprod-jobs.ts';
import { rule as highCarbonRegion } from './high-carbon-region.ts';
import { rule as idleNonprodInstanceEnergy } from './idle-nonprod-instance-energy.ts';
import { rule as instanceX86WhereGravitonFits } from './instance-x86-where-graviton-fits.ts';
import { rule as kinesisShardsOverprovisioned } from './kinesis-shards-overprovisioned.ts';
import { rule as lambdaProvisionedConcurrencyIdle } from './lambda-provisioned-concurrency-idle.ts';
import { rule as lambdaX86WhereArm64Fits } from './lambda-x86-where-arm64-fits.ts';
import { rule as logsKeptOverAYear } from './logs-kept-over-a-year.ts';
import { rule as longBackupsWithoutColdTier } from './long-backups-without-cold-tier.ts';
import { rule as nonprodMultiAzStandby } from './nonprod-multi-az-standby.ts';
import { rule as oversizedNonprodInstance } from './oversized-nonprod-instance.ts';
import { rule as queuePolledByInstances } from './queue-polled-by-instances.ts';
import { rule as s3DataNeverMovesToColderStorage } from './s3-data-never-moves-to-colder-storage.ts';
import { rule as sagemakerEndpointFixedCapacity } from './sagemaker-endpoint-fixed-capacity.ts';
import { rule as sameRegionDataCopy } from './same-region-data-copy.ts';
import { rule as staticContentWithoutCdn } from './static-content-without-cdn.ts';
import { rule as streamingJobWithBatchSinks } from './streaming-job-with-batch-sinks.ts';
import { rule as synchronousLambdaChain } from './synchronous-lambda-chain.ts';
import { rule as unusedComponent } from './unused-component.ts';

/** The sustainability rules, in id order; the registry reads this list. */
export const rules: Rule[] = [
  cacheBackupsRecreatable,
  cloudfrontCompressionOff,
  containerX86WhereArm64Fits,
  crossRegionDataMovement,
  dataStoreX86WhereGravitonFits,
  efsWithoutInfrequentAccessTier,
  firehoseDeliversUncompressed,
  glueStandardClassForNonprodJobs,
  highCarbonRegion,
  idleNonprodInstanceEnergy,
  instanceX86WhereGravitonFits,
  kinesisShardsOverprovisioned,
  lambdaProvisionedConcurrencyIdle,
  lambdaX86WhereArm64Fits,
  logsKeptOverAYear,
  longBackupsWithoutColdTier,
  nonprodMultiAzStandby,
  oversizedNonprodInstance,
  queuePolledByInstances,
  s3DataNeverMovesToColderStorage,
  sagemakerEndpointFixedCapacity,
  sameRegionDataCopy,
  staticContentWithoutCdn,
  streamingJobWithBatchSinks,
  synchronousLambdaChain,
  unusedComponent,
];
