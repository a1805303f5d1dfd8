import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('b', 's3-bucket'), node('t', 'cloudtrail')]),
    design([node('k', 'kms-key')]),
  ],
  nonCompliant: [{ design: design([node('b', 's3-bucket')]), nodes: [] }],
};
