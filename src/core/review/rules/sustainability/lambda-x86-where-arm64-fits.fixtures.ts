import { design, node } from '../../../../../test-support/design.ts';

/** x86_64 (the default) is a hit. */
export const fixtures = {
  compliant: [design([node('fn', 'lambda-function', undefined, { architecture: 'arm64' })])],
  nonCompliant: [{ design: design([node('fn', 'lambda-function')]), nodes: ['fn'] }],
};
