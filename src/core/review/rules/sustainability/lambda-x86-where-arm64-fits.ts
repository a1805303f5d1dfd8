import type { Rule } from '../../types.ts';

/** SUS05-BP02: arm64 Lambda functions run on Graviton, with less energy per request. */
export const rule: Rule = {
  id: 'lambda-x86-where-arm64-fits',
  pillar: 'sustainability',
  bestPractice: 'SUS05-BP02',
  choiceId: 'sus_sus_hardware_a3',
  severity: 'medium',
  title: 'Lambda function runs on x86_64',
  rationale:
    'Functions on arm64 run on Graviton processors, which use less energy for the same work and are billed about 20% less per GB-second; every runtime offered here supports arm64, so most functions switch with a redeploy.',
  remediation: 'Set the architecture to arm64 and rebuild any native dependencies for it.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_hardware_a3.html',
  services: ['lambda-function'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'architecture') === 'x86_64'
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} runs on x86_64`,
          fix: { title: 'Run on arm64 (Graviton)', node: n.id, props: { architecture: 'arm64' } },
        }
      : null,
};
