import type { Rule } from '../../types.ts';
import { rule as apiGatewayThrottling } from './api-gateway-throttling.ts';
import { rule as asgElbHealthCheck } from './asg-elb-health-check.ts';
import { rule as asgSingleAz } from './asg-single-az.ts';
import { rule as asyncLambdaWithoutDlq } from './async-lambda-without-dlq.ts';
import { rule as dataStoreSingleAz } from './data-store-single-az.ts';
import { rule as databaseBackupRetention } from './database-backup-retention.ts';
import { rule as directConnectRedundancy } from './direct-connect-redundancy.ts';
import { rule as dlqRetentionShorterThanSource } from './dlq-retention-shorter-than-source.ts';
import { rule as dnsFailoverWithoutHealthChecks } from './dns-failover-without-health-checks.ts';
import { rule as drSingleRegion } from './dr-single-region.ts';
import { rule as eventTargetsWithoutDlq } from './event-targets-without-dlq.ts';
import { rule as lambdaTimeoutExceedsVisibility } from './lambda-timeout-exceeds-visibility.ts';
import { rule as lbTargetsOutsideAsg } from './lb-targets-outside-asg.ts';
import { rule as loadBalancerSingleAz } from './load-balancer-single-az.ts';
import { rule as loadBalancerTargetsSingleAz } from './load-balancer-targets-single-az.ts';
import { rule as multiRegionDataNotReplicated } from './multi-region-data-not-replicated.ts';
import { rule as natGatewayPerAz } from './nat-gateway-per-az.ts';
import { rule as pointInTimeRecovery } from './point-in-time-recovery.ts';
import { rule as regionServiceUnavailable } from './region-service-unavailable.ts';
import { rule as s3BucketVersioning } from './s3-bucket-versioning.ts';
import { rule as singleInstanceCompute } from './single-instance-compute.ts';
import { rule as sqsQueueWithoutDlq } from './sqs-queue-without-dlq.ts';
import { rule as storageBackups } from './storage-backups.ts';

/** The reliability rules, in id order; the registry reads this list. */
export const rules: Rule[] = [
  apiGatewayThrottling,
  asgElbHealthCheck,
  asgSingleAz,
  asyncLambdaWithoutDlq,
  dataStoreSingleAz,
  databaseBackupRetention,
  directConnectRedundancy,
  dlqRetentionShorterThanSource,
  dnsFailoverWithoutHealthChecks,
  drSingleRegion,
  eventTargetsWithoutDlq,
  lambdaTimeoutExceedsVisibility,
  lbTargetsOutsideAsg,
  loadBalancerSingleAz,
  loadBalancerTargetsSingleAz,
  multiRegionDataNotReplicated,
  natGatewayPerAz,
  pointInTimeRecovery,
  regionServiceUnavailable,
  s3BucketVersioning,
  singleInstanceCompute,
  sqsQueueWithoutDlq,
  storageBackups,
];
