import { design, edge, node } from '../../../../../test-support/design.ts';

const fn = node('fn', 'lambda-function');
const cw = node('cw', 'cloudwatch');
const q1 = node('q1', 'sqs-queue');
const dlq = node('dlq', 'sqs-queue');

/** A function wired to CloudWatch is monitored; a queue next to it is not. A dead-letter queue is left to its own rule. */
export const fixtures = {
  compliant: [
    design([fn, cw], [edge(fn, cw)]),
    design([q1, dlq, cw], [edge(q1, dlq), edge(cw, q1)]),
  ],
  nonCompliant: [{ design: design([fn, q1, cw], [edge(fn, cw)]), nodes: ['q1'] }],
};
