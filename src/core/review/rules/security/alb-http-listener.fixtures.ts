import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, node('alb', 'application-load-balancer', net.vpc)])],
  nonCompliant: [
    {
      design: design([
        ...net.nodes,
        node('alb', 'application-load-balancer', net.vpc, { listeners: 'http' }),
      ]),
      nodes: ['alb'],
    },
  ],
};
