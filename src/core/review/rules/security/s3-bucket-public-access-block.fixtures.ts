import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([node('b', 's3-bucket'), node('g', 's3-glacier')])],
  nonCompliant: [
    {
      design: design([node('b', 's3-bucket', undefined, { blockPublicAccess: false })]),
      nodes: ['b'],
    },
    {
      design: design([node('g', 's3-glacier', undefined, { blockPublicAccess: false })]),
      nodes: ['g'],
    },
  ],
};
