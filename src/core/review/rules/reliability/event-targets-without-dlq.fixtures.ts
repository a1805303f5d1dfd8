import { design, edge, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const bus = node('bus', 'eventbridge');
const fn = node('fn', 'lambda-function');

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('bus', 'eventbridge', undefined, { deadLetterQueue: true }), fn], [edge(bus, fn)]),
    design([bus]),
  ],
  nonCompliant: [
    { design: design([bus, fn], [edge(bus, fn)]), nodes: ['bus'] },
    {
      design: design(
        [node('t', 'sns-topic'), node('q', 'sqs-queue')],
        [edge(node('t', 'sns-topic'), node('q', 'sqs-queue'))],
      ),
      nodes: ['t'],
    },
  ],
};
