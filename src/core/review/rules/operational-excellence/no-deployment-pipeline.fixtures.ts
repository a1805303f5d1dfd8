import { design, node } from '../../../../../test-support/design.ts';

const fn = node('fn', 'lambda-function');

/** Production compute with no pipeline or template node is a hit; development designs are not judged. */
export const fixtures = {
  compliant: [
    design([fn, node('cp', 'codepipeline')], [], { environment: 'production' }),
    design([fn], [], { environment: 'development' }),
  ],
  nonCompliant: [{ design: design([fn], [], { environment: 'production' }), nodes: [] }],
};
