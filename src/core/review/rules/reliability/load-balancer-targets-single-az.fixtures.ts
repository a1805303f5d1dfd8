import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const [a, b] = net.zones;
const alb = node('alb', 'application-load-balancer', net.vpc);
const i1 = node('i1', 'ec2-instance', a.private);
const i2b = node('i2', 'ec2-instance', b.private);
const i2a = node('i2', 'ec2-instance', a.private);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, alb, i1, i2b], [edge(alb, i1), edge(alb, i2b)])],
  nonCompliant: [
    {
      design: design([...net.nodes, alb, i1, i2a], [edge(alb, i1), edge(alb, i2a)]),
      nodes: ['alb', 'i1', 'i2'],
    },
  ],
};
