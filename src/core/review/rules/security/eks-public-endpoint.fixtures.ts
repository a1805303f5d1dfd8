import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([node('k', 'eks-cluster')])],
  nonCompliant: [
    {
      design: design([node('k', 'eks-cluster', undefined, { endpointPublicAccess: true })]),
      nodes: ['k'],
    },
  ],
};
