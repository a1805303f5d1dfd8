import { design, node } from '../../../../../test-support/design.ts';

/** Compliant: the setting on. Non-compliant: the setting off. */
export const fixtures = {
  compliant: [design([node('x', 'firehose', undefined, { errorLogging: true })])],
  nonCompliant: [
    { design: design([node('x', 'firehose', undefined, { errorLogging: false })]), nodes: ['x'] },
  ],
};
