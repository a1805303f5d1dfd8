import type { Rule } from '../../types.ts';
import { rule as r0 } from './api-gateway-throttling.ts';
import { rule as r1 } from './asg-elb-health-check.ts';
import { rule as r2 } from './asg-single-az.ts';
import { rule as r3 } from './async-lambda-without-dlq.ts';
import { rule as r4 } from './data-store-single-az.ts';
import { rule as r5 } from './database-backup-retention.ts';
import { rule as r6 } from './direct-connect-redundancy.ts';
import { rule as r7 } from './dlq-retention-shorter-than-source.ts';
import { rule as r8 } from './dns-failover-without-health-checks.ts';
import { rule as r9 } from './dr-single-region.ts';
import { rule as r10 } from './event-targets-without-dlq.ts';
import { rule as r11 } from './lambda-timeout-exceeds-visibility.ts';
import { rule as r12 } from './lb-targets-outside-asg.ts';
import { rule as r13 } from './load-balancer-single-az.ts';
import { rule as r14 } from './load-balancer-targets-single-az.ts';
import { rule as r15 } from './multi-region-data-not-replicated.ts';
import { rule as r16 } from './nat-gateway-per-az.ts';
import { rule as r17 } from './point-in-time-recovery.ts';
import { rule as r18 } from './region-service-unavailable.ts';
import { rule as r19 } from './s3-bucket-versioning.ts';
import { rule as r20 } from './single-instance-compute.ts';
import { rule as r21 } from './sqs-queue-without-dlq.ts';
import { rule as r22 } from './storage-backups.ts';

/** The reliability rules, in id order; the registry reads this list. */
export const rules: Rule[] = [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22];
