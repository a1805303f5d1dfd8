import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const alb = node('alb', 'application-load-balancer', net.vpc);
const i = node('i', 'ec2-instance', net.zones[0].private);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, alb, i], [edge(alb, i)])],
  nonCompliant: [
    { design: design([...net.nodes, alb]), nodes: ['alb'] },
    {
      design: design(
        [...net.nodes, alb, node('logs', 's3-bucket')],
        [edge(alb, node('logs', 's3-bucket'))],
      ),
      nodes: ['alb'],
    },
  ],
};
