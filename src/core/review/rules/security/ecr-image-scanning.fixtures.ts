import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([node('r', 'ecr-repository')])],
  nonCompliant: [
    {
      design: design([node('r', 'ecr-repository', undefined, { scanOnPush: false })]),
      nodes: ['r'],
    },
  ],
};
