import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([node('s', 'secrets-manager')])],
  nonCompliant: [
    {
      design: design([node('s', 'secrets-manager', undefined, { rotation: false })]),
      nodes: ['s'],
    },
  ],
};
