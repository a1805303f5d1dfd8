import { design, node } from '../../../../../test-support/design.ts';

/** Compliant: the setting on. Non-compliant: the setting off. */
export const fixtures = {
  compliant: [design([node('x', 'iot-core', undefined, { logLevel: 'ERROR' })])],
  nonCompliant: [
    { design: design([node('x', 'iot-core', undefined, { logLevel: 'DISABLED' })]), nodes: ['x'] },
  ],
};
