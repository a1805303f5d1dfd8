import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const [a] = net.zones;
const alb = node('alb', 'application-load-balancer', a.public);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design(
      [...net.nodes, alb, node('i', 'ec2-instance', a.private)],
      [edge(alb, node('i', 'ec2-instance'))],
    ),
  ],
  nonCompliant: [
    {
      design: design(
        [...net.nodes, alb, node('i', 'ec2-instance', a.public)],
        [edge(alb, node('i', 'ec2-instance'))],
      ),
      nodes: ['i', 'alb'],
    },
  ],
};
