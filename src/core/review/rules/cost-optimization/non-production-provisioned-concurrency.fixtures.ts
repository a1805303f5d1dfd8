import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const warm = node('fn', 'lambda-function', undefined, { provisionedConcurrency: 10 });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([warm], [], { environment: 'production' }),
    design([node('fn', 'lambda-function')], [], { environment: 'test' }),
  ],
  nonCompliant: [{ design: design([warm], [], { environment: 'development' }), nodes: ['fn'] }],
};
