import type { Rule } from '../../types.ts';

/** Size under which bursting throughput gives a baseline of less than about 50 MiB/s. GB. */
const SMALL_GB = 1024;
/** Baseline throughput bursting mode gives per GiB stored. KiB/s. */
const KIB_PER_GIB = 50;

/** PERF03-BP02: in bursting mode a small file system's throughput is tied to its size. */
export const rule: Rule = {
  id: 'efs-bursting-throughput-small-file-system',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF03-BP02',
  choiceId: 'perf_data_evaluate_configuration_options_data_store',
  severity: 'medium',
  title: 'Small EFS file system uses bursting throughput',
  rationale:
    'In bursting mode an EFS file system earns throughput in proportion to what it stores (about 50 KiB/s per GiB), so a file system of a few hundred gigabytes drops to a few MiB/s once its credits are spent.',
  remediation: 'Use elastic throughput, which scales with the workload whatever the amount stored.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_data_evaluate_configuration_options_data_store.html',
  services: ['efs-file-system'],
  topology: false,
  checkNode: (n, ctx) => {
    const gb = ctx.usage(n, 'storageGb') ?? 0;
    if (ctx.prop(n, 'throughputMode') !== 'bursting' || gb >= SMALL_GB) return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} stores ${gb} GB, a baseline of about ${Math.round((gb * KIB_PER_GIB) / 1024)} MiB/s in bursting mode`,
      fix: { title: 'Use elastic throughput', node: n.id, props: { throughputMode: 'elastic' } },
    };
  },
};
