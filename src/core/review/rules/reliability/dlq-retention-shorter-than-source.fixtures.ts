import { design, edge, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const q = node('q', 'sqs-queue');
const dlq = (seconds: number) =>
  node('dlq', 'sqs-queue', undefined, { messageRetentionSeconds: seconds });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([q, dlq(1209600)], [edge(q, dlq(0))]), design([q])],
  nonCompliant: [{ design: design([q, dlq(345600)], [edge(q, dlq(0))]), nodes: ['dlq', 'q'] }],
};
