import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const [a] = net.zones;
const nat = node('nat', 'nat-gateway', a.public);

export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, nat, node('i', 'ec2-instance', a.private)])],
  nonCompliant: [{ design: design([...net.nodes, nat]), nodes: ['nat'] }],
};
