import type { PropValue } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';

/** The AWS-managed Amazon Linux image for arm64 builds. */
const ARM_IMAGE = 'aws/codebuild/amazonlinux-aarch64-standard:3.0';

/** SUS05-BP02: arm64 build hosts run on Graviton. */
export const rule: Rule = {
  id: 'codebuild-x86-where-arm64-fits',
  pillar: 'sustainability',
  bestPractice: 'SUS05-BP02',
  choiceId: 'sus_sus_hardware_a3',
  severity: 'medium',
  title: 'CodeBuild project builds on x86_64',
  rationale:
    'Builds that compile, test and package interpreted or JVM code run the same on arm64; Graviton build hosts do that work with less energy and at a lower per-minute price, and produce arm64 artefacts for Graviton targets.',
  remediation:
    'Use an arm64 environment with the Amazon Linux aarch64 standard image, keeping an x86 project only for x86-specific artefacts.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_hardware_a3.html',
  services: ['codebuild'],
  topology: false,
  checkNode: (n, ctx) => {
    if (ctx.prop(n, 'architecture') !== 'x86_64') return null;
    const props: Record<string, PropValue> = { architecture: 'arm64' };
    const image = String(ctx.prop(n, 'image') ?? '');
    if (image.includes('x86_64')) props.image = ARM_IMAGE;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} builds on x86_64`,
      fix: { title: 'Build on arm64 (Graviton)', node: n.id, props },
    };
  },
};
