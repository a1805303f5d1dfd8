import { design, node } from '../../../../../test-support/design.ts';

/** Compliant: the setting on. Non-compliant: the setting off. */
export const fixtures = {
  compliant: [design([node('x', 'elastic-beanstalk', undefined, { enhancedHealth: true })])],
  nonCompliant: [
    {
      design: design([node('x', 'elastic-beanstalk', undefined, { enhancedHealth: false })]),
      nodes: ['x'],
    },
  ],
};
