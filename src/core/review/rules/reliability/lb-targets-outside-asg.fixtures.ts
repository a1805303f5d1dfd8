import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const alb = node('alb', 'application-load-balancer', net.vpc);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design(
      [
        ...net.nodes,
        alb,
        node('asg', 'auto-scaling-group', net.vpc),
        node('i', 'ec2-instance', 'asg'),
      ],
      [edge(alb, node('i', 'ec2-instance'))],
    ),
  ],
  nonCompliant: [
    {
      design: design(
        [...net.nodes, alb, node('i', 'ec2-instance', net.zones[0].private)],
        [edge(alb, node('i', 'ec2-instance'))],
      ),
      nodes: ['alb', 'i'],
    },
  ],
};
