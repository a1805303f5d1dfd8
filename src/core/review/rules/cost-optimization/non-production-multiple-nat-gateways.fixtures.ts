import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const [a, b] = net.zones;
const dev = { environment: 'development' as const };

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, node('nat', 'nat-gateway', a.public, { onePerAz: false })], [], dev),
    design([...net.nodes, node('nat', 'nat-gateway', a.public)], [], { environment: 'production' }),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, node('nat', 'nat-gateway', a.public)], [], dev),
      nodes: ['nat'],
    },
    {
      design: design(
        [
          ...net.nodes,
          node('n1', 'nat-gateway', a.public, { onePerAz: false }),
          node('n2', 'nat-gateway', b.public, { onePerAz: false }),
        ],
        [],
        dev,
      ),
      nodes: ['n1', 'n2'],
    },
  ],
};
