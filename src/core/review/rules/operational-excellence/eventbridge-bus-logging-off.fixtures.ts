import { design, node } from '../../../../../test-support/design.ts';

/** Compliant: the setting on. Non-compliant: the setting off. */
export const fixtures = {
  compliant: [design([node('x', 'eventbridge', undefined, { logLevel: 'ERROR' })])],
  nonCompliant: [
    { design: design([node('x', 'eventbridge', undefined, { logLevel: 'OFF' })]), nodes: ['x'] },
  ],
};
