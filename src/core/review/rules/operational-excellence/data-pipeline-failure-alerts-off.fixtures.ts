import { design, node } from '../../../../../test-support/design.ts';

/** Compliant: the setting on. Non-compliant: the setting off. */
export const fixtures = {
  compliant: [design([node('x', 'data-pipeline', undefined, { failureAlerts: true })])],
  nonCompliant: [
    {
      design: design([node('x', 'data-pipeline', undefined, { failureAlerts: false })]),
      nodes: ['x'],
    },
  ],
};
