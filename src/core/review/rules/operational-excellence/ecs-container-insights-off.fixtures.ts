import { design, node } from '../../../../../test-support/design.ts';

/** Compliant: the setting on. Non-compliant: the setting off. */
export const fixtures = {
  compliant: [design([node('x', 'ecs-service', undefined, { containerInsights: true })])],
  nonCompliant: [
    {
      design: design([node('x', 'ecs-service', undefined, { containerInsights: false })]),
      nodes: ['x'],
    },
  ],
};
