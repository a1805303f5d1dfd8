import type { Rule } from '../../types.ts';
import { rule as cacheBackupsRecreatable } from './cache-backups-recreatable.ts';
import { rule as cloud9NeverStops } from './cloud9-never-stops.ts';
import { rule as cloudfrontCompressionOff } from './cloudfront-compression-off.ts';
import { rule as codebuildX86WhereArm64Fits } from './codebuild-x86-where-arm64-fits.ts';
import { rule as containerX86WhereArm64Fits } from './container-x86-where-arm64-fits.ts';
import { rule as dataStoreX86WhereGravitonFits } from './data-store-x86-where-graviton-fits.ts';
import { rule as dynamodbColdTableInStandardClass } from './dynamodb-cold-table-in-standard-class.ts';
import { rule as efsWithoutInfrequentAccessTier } from './efs-without-infrequent-access-tier.ts';
import { rule as firehoseDeliversUncompressed } from './firehose-delivers-uncompressed.ts';
import { rule as frequentScheduledPolling } from './frequent-scheduled-polling.ts';
import { rule as glueStandardClassForNonprodJobs } from './glue-standard-class-for-nonprod-jobs.ts';
import { rule as highCarbonRegion } from './high-carbon-region.ts';
import { rule as instanceX86WhereGravitonFits } from './instance-x86-where-graviton-fits.ts';
import { rule as kinesisShardsOverprovisioned } from './kinesis-shards-overprovisioned.ts';
import { rule as lambdaProvisionedConcurrencyIdle } from './lambda-provisioned-concurrency-idle.ts';
import { rule as lambdaX86WhereArm64Fits } from './lambda-x86-where-arm64-fits.ts';
import { rule as logsKeptOverAYear } from './logs-kept-over-a-year.ts';
import { rule as longBackupsWithoutColdTier } from './long-backups-without-cold-tier.ts';
import { rule as nonprodMultiRegion } from './nonprod-multi-region.ts';
import { rule as queuePolledByInstances } from './queue-polled-by-instances.ts';
import { rule as sagemakerEndpointFixedCapacity } from './sagemaker-endpoint-fixed-capacity.ts';
import { rule as sameRegionDataCopy } from './same-region-data-copy.ts';
import { rule as streamingJobWithBatchSinks } from './streaming-job-with-batch-sinks.ts';
import { rule as synchronousLambdaChain } from './synchronous-lambda-chain.ts';
import { rule as unusedComponent } from './unused-component.ts';

/** The sustainability rules, in id order; the registry reads this list. */
export const rules: Rule[] = [
  cacheBackupsRecreatable,
  cloud9NeverStops,
  cloudfrontCompressionOff,
  codebuildX86WhereArm64Fits,
  containerX86WhereArm64Fits,
  dataStoreX86WhereGravitonFits,
  dynamodbColdTableInStandardClass,
  efsWithoutInfrequentAccessTier,
  firehoseDeliversUncompressed,
  frequentScheduledPolling,
  glueStandardClassForNonprodJobs,
  highCarbonRegion,
  instanceX86WhereGravitonFits,
  kinesisShardsOverprovisioned,
  lambdaProvisionedConcurrencyIdle,
  lambdaX86WhereArm64Fits,
  logsKeptOverAYear,
  longBackupsWithoutColdTier,
  nonprodMultiRegion,
  queuePolledByInstances,
  sagemakerEndpointFixedCapacity,
  sameRegionDataCopy,
  streamingJobWithBatchSinks,
  synchronousLambdaChain,
  unusedComponent,
];
