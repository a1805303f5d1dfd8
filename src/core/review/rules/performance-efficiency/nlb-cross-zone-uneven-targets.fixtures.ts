import { design, edge, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 2 });
const [a, b] = net.zones;
const lb = (crossZone: boolean) => node('nlb', 'network-load-balancer', net.vpc, { crossZone });
const i1 = node('i1', 'ec2-instance', a.private);
const i2 = node('i2', 'ec2-instance', a.private);
const i3 = node('i3', 'ec2-instance', b.private);
const targets = (crossZone: boolean) => [
  edge(lb(crossZone), i1),
  edge(lb(crossZone), i2),
  edge(lb(crossZone), i3),
];

/** Two targets in one zone and one in the other get equal zone shares unless cross-zone is on. */
export const fixtures = {
  compliant: [
    design([...net.nodes, lb(true), i1, i2, i3], targets(true)),
    design([...net.nodes, lb(false), i1, i3], [edge(lb(false), i1), edge(lb(false), i3)]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, lb(false), i1, i2, i3], targets(false)),
      nodes: ['nlb', 'i1', 'i2', 'i3'],
    },
  ],
};
