import type { Rule } from '../../types.ts';

const SECONDS_PER_MONTH = 730 * 3600;
/** Average use of the provisioned environments below which most of them sit idle. */
const LOW_USE = 0.25;

/** SUS02-BP01: provisioned concurrency keeps execution environments warm whether or not requests come. */
export const rule: Rule = {
  id: 'lambda-provisioned-concurrency-idle',
  pillar: 'sustainability',
  bestPractice: 'SUS02-BP01',
  choiceId: 'sus_sus_user_a2',
  severity: 'medium',
  title: 'Lambda provisioned concurrency is mostly idle',
  rationale:
    'Provisioned concurrency keeps a fixed number of execution environments initialised around the clock; when the expected requests use less than a quarter of them on average, most of that capacity is held for nothing.',
  remediation:
    'Remove provisioned concurrency, or size it to the average concurrency and schedule it only for the hours that need low start-up latency.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_user_a2.html',
  services: ['lambda-function'],
  topology: false,
  checkNode: (n, ctx) => {
    const provisioned = Number(ctx.prop(n, 'provisionedConcurrency') ?? 0);
    if (provisioned <= 0) return null;
    const average =
      ((ctx.usage(n, 'requestsPerMonth') ?? 0) * ((ctx.usage(n, 'avgDurationMs') ?? 0) / 1000)) /
      SECONDS_PER_MONTH;
    if (average >= provisioned * LOW_USE) return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} keeps ${provisioned} environments warm for an average of ${average.toFixed(1)} concurrent requests`,
      fix: {
        title: 'Remove provisioned concurrency',
        node: n.id,
        props: { provisionedConcurrency: 0 },
      },
    };
  },
};
