import type { Rule } from '../../types.ts';

/** SUS05-BP02: Fargate and ECS tasks can run on Graviton by choosing the arm64 platform. */
export const rule: Rule = {
  id: 'container-x86-where-arm64-fits',
  pillar: 'sustainability',
  bestPractice: 'SUS05-BP02',
  choiceId: 'sus_sus_hardware_a3',
  severity: 'medium',
  title: 'Linux containers run on x86_64',
  rationale:
    'Linux container images built for arm64 run on Graviton, which does the same work with less energy and at a lower Fargate price; multi-architecture images make the switch a build setting.',
  remediation:
    "Build multi-architecture (or arm64) images and set the task's CPU architecture to arm64.",
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_hardware_a3.html',
  services: ['ecs-service', 'fargate'],
  topology: false,
  checkNode: (n, ctx) => {
    if (ctx.prop(n, 'architecture') !== 'x86_64') return null;
    if (n.service === 'ecs-service' && ctx.prop(n, 'launchType') === 'EXTERNAL') return null;
    if (n.service === 'fargate' && ctx.prop(n, 'operatingSystem') !== 'LINUX') return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} runs its containers on x86_64`,
      fix: { title: 'Run on arm64 (Graviton)', node: n.id, props: { architecture: 'arm64' } },
    };
  },
};
