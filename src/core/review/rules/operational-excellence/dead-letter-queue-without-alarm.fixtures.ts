import { design, edge, node } from '../../../../../test-support/design.ts';

const q1 = node('q1', 'sqs-queue', undefined, { deadLetterQueue: true });
const dlq = node('dlq', 'sqs-queue');
const cw = node('cw', 'cloudwatch');

/** The queue that receives another queue's failed messages needs an alarm of its own. */
export const fixtures = {
  compliant: [design([q1, dlq, cw], [edge(q1, dlq), edge(cw, dlq)]), design([q1])],
  nonCompliant: [{ design: design([q1, dlq], [edge(q1, dlq)]), nodes: ['dlq'] }],
};
