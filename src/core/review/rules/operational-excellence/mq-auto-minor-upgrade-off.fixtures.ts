import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const at = net.zones[0].private;

/** Compliant: the setting on. Non-compliant: the setting off. */
export const fixtures = {
  compliant: [
    design([...net.nodes, node('x', 'mq-broker', at, { autoMinorVersionUpgrade: true })]),
  ],
  nonCompliant: [
    {
      design: design([
        ...net.nodes,
        node('x', 'mq-broker', at, { autoMinorVersionUpgrade: false }),
      ]),
      nodes: ['x'],
    },
  ],
};
