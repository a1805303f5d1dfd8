import type { Rule } from '../../types.ts';

/** SUS02-BP01: an inference endpoint sized for peak runs that many instances all day. */
export const rule: Rule = {
  id: 'sagemaker-endpoint-fixed-capacity',
  pillar: 'sustainability',
  bestPractice: 'SUS02-BP01',
  choiceId: 'sus_sus_user_a2',
  severity: 'medium',
  title: 'SageMaker real-time endpoint has a fixed instance count',
  rationale:
    'Without auto scaling an endpoint keeps its full instance count whether it serves one request a minute or a thousand a second; inference traffic usually varies enough that most of that capacity idles off-peak.',
  remediation:
    'Register the endpoint variant with Application Auto Scaling on invocations per instance, with a minimum sized for the quiet hours (or use a serverless endpoint).',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_user_a2.html',
  services: ['sagemaker'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'workload') === 'real-time-endpoint' &&
    Number(ctx.prop(n, 'instanceCount') ?? 1) >= 2 &&
    ctx.prop(n, 'autoScaling') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} keeps ${String(ctx.prop(n, 'instanceCount'))} instances at all hours`,
          fix: { title: 'Turn on endpoint auto scaling', node: n.id, props: { autoScaling: true } },
        }
      : null,
};
