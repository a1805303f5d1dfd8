import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([node('b', 'batch', undefined, { computeType: 'SPOT' })])],
  nonCompliant: [
    { design: design([node('b', 'batch')]), nodes: ['b'] },
    {
      design: design([...net.nodes, node('emr', 'emr-cluster', net.zones[0].private)]),
      nodes: ['emr'],
    },
  ],
};
