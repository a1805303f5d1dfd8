import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([node('t', 'dynamodb-table'), node('k', 'keyspaces')])],
  nonCompliant: [
    {
      design: design([node('t', 'dynamodb-table', undefined, { pointInTimeRecovery: false })]),
      nodes: ['t'],
    },
    {
      design: design([node('k', 'keyspaces', undefined, { pointInTimeRecovery: false })]),
      nodes: ['k'],
    },
  ],
};
