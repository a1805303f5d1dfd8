import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const ip = node('ip', 'elastic-ip', net.zones[0].public);
const nat = node('nat', 'nat-gateway', net.zones[0].public);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, ip, nat], [edge(ip, nat)])],
  nonCompliant: [{ design: design([...net.nodes, ip]), nodes: ['ip'] }],
};
