import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('q', 'sqs-queue'), node('cad', 'cost-anomaly-detection')]),
    design([node('role', 'iam-role')]),
  ],
  nonCompliant: [{ design: design([node('q', 'sqs-queue')]), nodes: [] }],
};
