import { design, edge, node } from '../../../../../test-support/design.ts';

const cw = node('cw', 'cloudwatch');
const topic = node('topic', 'sns-topic');

/** Alarms must publish to someone or start something; a dashboard-only CloudWatch node has no alarms to route. */
export const fixtures = {
  compliant: [
    design([cw, topic], [edge(cw, topic)]),
    design([{ ...node('dash', 'cloudwatch'), usage: { alarms: 0 } }]),
  ],
  nonCompliant: [{ design: design([cw]), nodes: ['cw'] }],
};
