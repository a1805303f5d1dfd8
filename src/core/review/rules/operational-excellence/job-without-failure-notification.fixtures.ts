import { design, edge, node } from '../../../../../test-support/design.ts';

const glue = node('etl', 'glue');
const topic = node('topic', 'sns-topic');
const sfn = node('sfn', 'step-functions');

/** A job publishes its failures or runs under an orchestrator that does. */
export const fixtures = {
  compliant: [
    design([glue, topic], [edge(glue, topic)]),
    design([sfn, glue, topic], [edge(sfn, glue), edge(sfn, topic)]),
  ],
  nonCompliant: [{ design: design([glue]), nodes: ['etl'] }],
};
