import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

export const fixtures: RuleFixtures = {
  compliant: [design([node('q', 'sqs-queue'), node('cad', 'cost-anomaly-detection')]), design([node('role', 'iam-role')])],
  nonCompliant: [{ design: design([node('q', 'sqs-queue')]), nodes: [] }],
};
