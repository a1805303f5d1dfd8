import type { Rule } from '../../types.ts';

/** Seconds in the 730-hour month the usage inputs assume. */
const SECONDS_PER_MONTH = 730 * 3600;

/** SUS02-BP01: provisioned shards sized far above the ingest rate sit idle. */
export const rule: Rule = {
  id: 'kinesis-shards-overprovisioned',
  pillar: 'sustainability',
  bestPractice: 'SUS02-BP01',
  choiceId: 'sus_sus_user_a2',
  severity: 'medium',
  title: 'Provisioned Kinesis stream has at least twice the shards its traffic needs',
  rationale:
    'Each shard takes 1 MB/s or 1,000 records a second; shards beyond what the expected traffic needs are capacity kept idle. On-demand mode follows the traffic instead, which keeps idle resources to a minimum.',
  remediation:
    'Switch the stream to on-demand capacity, or lower the shard count to the ingest rate with some headroom.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_user_a2.html',
  services: ['kinesis-data-streams'],
  topology: false,
  checkNode: (n, ctx) => {
    if (ctx.prop(n, 'capacityMode') !== 'PROVISIONED') return null;
    const shards = Number(ctx.prop(n, 'shardCount') ?? 1);
    const mbPerSecond = ((ctx.usage(n, 'dataIngestedGb') ?? 0) * 1024) / SECONDS_PER_MONTH;
    const recordsPerSecond = (ctx.usage(n, 'writeRequestsPerMonth') ?? 0) / SECONDS_PER_MONTH;
    const needed = Math.max(1, Math.ceil(mbPerSecond), Math.ceil(recordsPerSecond / 1000));
    if (shards < 2 * needed) return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} has ${shards} shards for traffic that needs ${needed}`,
      fix: { title: 'Use on-demand capacity', node: n.id, props: { capacityMode: 'ON_DEMAND' } },
    };
  },
};
