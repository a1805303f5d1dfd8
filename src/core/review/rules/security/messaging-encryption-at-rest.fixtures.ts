import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('q', 'sqs-queue'), node('t', 'sns-topic'), node('s', 'kinesis-data-streams')]),
  ],
  nonCompliant: [
    { design: design([node('q', 'sqs-queue', undefined, { encryption: 'none' })]), nodes: ['q'] },
    { design: design([node('t', 'sns-topic', undefined, { encryption: false })]), nodes: ['t'] },
    {
      design: design([node('s', 'kinesis-data-streams', undefined, { encryption: 'NONE' })]),
      nodes: ['s'],
    },
  ],
};
