import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const [a, b] = net.zones;
const single = (props: Record<string, string | boolean>) =>
  design([...net.nodes, node('nat', 'nat-gateway', a.public, props)]);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    single({ onePerAz: true }),
    single({ onePerAz: false, availabilityMode: 'regional' }),
    design([
      ...net.nodes,
      node('nat1', 'nat-gateway', a.public, { onePerAz: false }),
      node('nat2', 'nat-gateway', b.public, { onePerAz: false }),
    ]),
    design(net.nodes),
  ],
  nonCompliant: [{ design: single({ onePerAz: false }), nodes: [b.private, 'nat'] }],
};
