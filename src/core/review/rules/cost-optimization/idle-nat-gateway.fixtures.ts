import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const [a] = net.zones;
const nat = node('nat', 'nat-gateway', a.public);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, nat, node('i', 'ec2-instance', a.private)])],
  nonCompliant: [{ design: design([...net.nodes, nat]), nodes: ['nat'] }],
};
