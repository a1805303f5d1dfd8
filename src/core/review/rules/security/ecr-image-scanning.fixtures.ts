import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

export const fixtures: RuleFixtures = {
  compliant: [design([node('r', 'ecr-repository')])],
  nonCompliant: [{ design: design([node('r', 'ecr-repository', undefined, { scanOnPush: false })]), nodes: ['r'] }],
};
