import { design, edge, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const q = node('q', 'sqs-queue');
const dlq = node('dlq', 'sqs-queue', undefined, { messageRetentionSeconds: 1209600 });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('q', 'sqs-queue', undefined, { deadLetterQueue: true })]),
    design([q, dlq], [edge(q, dlq)]),
  ],
  nonCompliant: [{ design: design([q]), nodes: ['q'] }],
};
