import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      node('r', 'iam-role', undefined, {
        managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
      }),
    ]),
  ],
  nonCompliant: [
    { design: design([node('r', 'iam-role', undefined, { policyWildcards: true })]), nodes: ['r'] },
  ],
};
