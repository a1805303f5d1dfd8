import type { Rule } from '../../types.ts';

/** SUS04-BP07: compressed responses carry the same content in fewer bytes. */
export const rule: Rule = {
  id: 'cloudfront-compression-off',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP07',
  choiceId: 'sus_sus_data_a8',
  severity: 'medium',
  title: 'CloudFront does not compress responses',
  rationale:
    'Text assets (HTML, CSS, JavaScript, JSON) shrink by two thirds or more with Gzip or Brotli; without compression every response sends the full bytes to every user.',
  remediation: "Turn on automatic compression in the distribution's cache behaviours.",
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a8.html',
  services: ['cloudfront'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'compress') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} sends responses uncompressed`,
          fix: { title: 'Compress responses', node: n.id, props: { compress: true } },
        }
      : null,
};
