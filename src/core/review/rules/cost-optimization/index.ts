import type { Rule } from '../../types.ts';
import { rule as batchWithoutSpot } from './batch-without-spot.ts';
import { rule as cloudfrontPriceClass } from './cloudfront-price-class.ts';
import { rule as crossRegionTraffic } from './cross-region-traffic.ts';
import { rule as elasticIpBehindLoadBalancer } from './elastic-ip-behind-load-balancer.ts';
import { rule as gp2Volumes } from './gp2-volumes.ts';
import { rule as idleLoadBalancer } from './idle-load-balancer.ts';
import { rule as idleNatGateway } from './idle-nat-gateway.ts';
import { rule as io2WhereGp3Fits } from './io2-where-gp3-fits.ts';
import { rule as logRetentionNonProduction } from './log-retention-non-production.ts';
import { rule as natTrafficWithoutGatewayEndpoint } from './nat-traffic-without-gateway-endpoint.ts';
import { rule as noCostMonitoring } from './no-cost-monitoring.ts';
import { rule as nonProductionInstancesAlwaysOn } from './non-production-instances-always-on.ts';
import { rule as nonProductionMultiAz } from './non-production-multi-az.ts';
import { rule as nonProductionMultipleNatGateways } from './non-production-multiple-nat-gateways.ts';
import { rule as nonProductionProvisionedConcurrency } from './non-production-provisioned-concurrency.ts';
import { rule as nonProductionResourcesAlwaysOn } from './non-production-resources-always-on.ts';
import { rule as overProvisionedNonProduction } from './over-provisioned-non-production.ts';
import { rule as s3WithoutLifecycle } from './s3-without-lifecycle.ts';
import { rule as staticContentWithoutCdn } from './static-content-without-cdn.ts';
import { rule as unattachedEbsVolume } from './unattached-ebs-volume.ts';
import { rule as unattachedElasticIp } from './unattached-elastic-ip.ts';

/** The cost-optimization rules, in id order; the registry reads this list. */
export const rules: Rule[] = [
  batchWithoutSpot,
  cloudfrontPriceClass,
  crossRegionTraffic,
  elasticIpBehindLoadBalancer,
  gp2Volumes,
  idleLoadBalancer,
  idleNatGateway,
  io2WhereGp3Fits,
  logRetentionNonProduction,
  natTrafficWithoutGatewayEndpoint,
  noCostMonitoring,
  nonProductionInstancesAlwaysOn,
  nonProductionMultiAz,
  nonProductionMultipleNatGateways,
  nonProductionProvisionedConcurrency,
  nonProductionResourcesAlwaysOn,
  overProvisionedNonProduction,
  s3WithoutLifecycle,
  staticContentWithoutCdn,
  unattachedEbsVolume,
  unattachedElasticIp,
];
