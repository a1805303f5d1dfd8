import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, node('db', 'rds-instance', prv), node('rs', 'redshift-serverless', net.region)])],
  nonCompliant: [
    { design: design([...net.nodes, node('db', 'rds-instance', prv, { publiclyAccessible: true })]), nodes: ['db'] },
    { design: design([...net.nodes, node('mq', 'mq-broker', prv, { publiclyAccessible: true })]), nodes: ['mq'] },
  ],
};
