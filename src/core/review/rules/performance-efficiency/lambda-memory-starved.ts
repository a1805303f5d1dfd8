import type { Rule } from '../../types.ts';

/** Memory at or below which a function gets a small fraction of a vCPU. MB. */
const LOW_MEMORY_MB = 256;
/** Average duration from which a function is doing real work rather than waiting briefly. ms. */
const LONG_MS = 1000;

/** PERF02-BP04: Lambda gives CPU in proportion to memory, so a long function at the minimum memory is CPU-starved. */
export const rule: Rule = {
  id: 'lambda-memory-starved',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF02-BP04',
  choiceId: 'perf_compute_hardware_configure_and_right_size_compute_resources',
  severity: 'medium',
  title: 'Long-running Lambda function has minimal memory (and so minimal CPU)',
  rationale:
    'Lambda allocates CPU in proportion to memory: at 128-256 MB a function gets a fraction of a vCPU, so work that takes seconds often finishes several times faster, and for a similar price, with more memory since billing is per millisecond.',
  remediation:
    'Raise the memory (1,024 MB is a good first step) and tune it with measured durations, for example with Lambda Power Tuning.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_compute_hardware_configure_and_right_size_compute_resources.html',
  services: ['lambda-function'],
  topology: false,
  checkNode: (n, ctx) => {
    const memory = Number(ctx.prop(n, 'memoryMb') ?? 128);
    const duration = ctx.usage(n, 'avgDurationMs') ?? 0;
    if (memory > LOW_MEMORY_MB || duration < LONG_MS) return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} runs ${duration} ms on average with only ${memory} MB`,
      fix: { title: 'Give the function 1,024 MB', node: n.id, props: { memoryMb: 1024 } },
    };
  },
};
