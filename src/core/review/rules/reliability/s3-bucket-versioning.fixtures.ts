import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

export const fixtures: RuleFixtures = {
  compliant: [design([node('b', 's3-bucket')])],
  nonCompliant: [{ design: design([node('b', 's3-bucket', undefined, { versioning: false })]), nodes: ['b'] }],
};
