import { add, addBanded, addMissing, noFreeTier } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/** Lambda allocates one vCPU per 1,792 MB of memory (CCF's Lambda method, after AWS's docs). */
export const LAMBDA_MB_PER_VCPU = 1792;
const FREE_EPHEMERAL_MB = 512;

/**
 * AWS Lambda: requests, duration in GB-seconds (requests x duration x memory / 1,024) in the
 * first duration band (above 6 billion x86 or 7.5 billion Arm GB-s a month the data has no
 * price), ephemeral storage above 512 MB, and provisioned concurrency for the running hours.
 */
export function priceLambda(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const arm = n.str('architecture', 'x86_64') === 'arm64';
  const arch = arm ? 'arm' : 'x86';
  const requests = n.usage('requestsPerMonth');
  const durationS = n.usage('avgDurationMs') / 1000;
  const memoryMb = Math.max(0, n.num('memoryMb', 128));
  const gbSeconds = requests * durationS * (memoryMb / 1024);

  add(charges, `lambda/requests_${arch}`, requests);
  addBanded(charges, `lambda/duration_${arch}`, [`lambda/duration_${arch}_tier1`], gbSeconds);

  const extraEphemeralGb =
    (n.num('ephemeralStorageMb', FREE_EPHEMERAL_MB) - FREE_EPHEMERAL_MB) / 1024;
  if (extraEphemeralGb > 0) {
    const gbS = requests * durationS * extraEphemeralGb;
    if (arm) addMissing(n, charges, 'lambda/ephemeral_storage_arm', gbS, 'Arm ephemeral storage');
    else add(charges, 'lambda/ephemeral_storage_x86', gbS);
  }

  const provisioned = Math.max(0, n.num('provisionedConcurrency', 0));
  if (provisioned > 0) {
    const gbS = provisioned * (memoryMb / 1024) * n.runningHours() * 3600;
    if (arm)
      addMissing(
        n,
        charges,
        'lambda/provisioned_concurrency_arm',
        gbS,
        'Arm provisioned concurrency',
      );
    else add(charges, 'lambda/provisioned_concurrency_x86', gbS);
    n.assume(
      'Duration priced at the on-demand rate; invocations served by provisioned concurrency are billed a lower rate not in the data (an upper bound).',
    );
  }
  noFreeTier(n, '1 million requests and 400,000 GB-seconds a month');

  const vcpuHours = (requests * durationS * (memoryMb / LAMBDA_MB_PER_VCPU)) / 3600;
  return { charges, footprint: { vcpuHours } };
}
