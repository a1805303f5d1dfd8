import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const warm = node('fn', 'lambda-function', undefined, { provisionedConcurrency: 10 });

export const fixtures: RuleFixtures = {
  compliant: [design([warm], [], { environment: 'production' }), design([node('fn', 'lambda-function')], [], { environment: 'test' })],
  nonCompliant: [{ design: design([warm], [], { environment: 'development' }), nodes: ['fn'] }],
};
