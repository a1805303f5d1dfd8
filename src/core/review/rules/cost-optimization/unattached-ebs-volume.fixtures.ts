import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;
const v = node('v', 'ebs-volume', prv);
const i = node('i', 'ec2-instance', prv);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, v, i], [edge(i, v)])],
  nonCompliant: [{ design: design([...net.nodes, v, i]), nodes: ['v'] }],
};
