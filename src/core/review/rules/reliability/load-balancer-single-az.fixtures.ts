import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const two = network();
const one = network({ zones: 1 });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...two.nodes, node('alb', 'application-load-balancer', two.vpc)])],
  nonCompliant: [
    {
      design: design([...two.nodes, node('alb', 'application-load-balancer', two.zones[0].public)]),
      nodes: ['alb'],
    },
    {
      design: design([...one.nodes, node('nlb', 'network-load-balancer', one.vpc)]),
      nodes: ['nlb'],
    },
  ],
};
