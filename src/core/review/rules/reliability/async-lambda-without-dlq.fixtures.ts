import { design, edge, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const topic = node('t', 'sns-topic');
const fn = node('fn', 'lambda-function');
const q = node('q', 'sqs-queue');

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design(
      [topic, node('fn', 'lambda-function', undefined, { deadLetterQueue: true })],
      [edge(topic, fn)],
    ),
    design([q, fn], [edge(q, fn)]),
    design([fn]),
  ],
  nonCompliant: [
    { design: design([topic, fn], [edge(topic, fn)]), nodes: ['fn'] },
    {
      design: design([node('fn', 'lambda-function', undefined, { invocation: 'async' })]),
      nodes: ['fn'],
    },
  ],
};
