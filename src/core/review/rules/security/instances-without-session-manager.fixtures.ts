import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const i = node('i', 'ec2-instance', net.zones[0].private);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, i, node('ssm', 'systems-manager')]), design(net.nodes)],
  nonCompliant: [
    { design: design([...net.nodes, i]), nodes: ['i'] },
    {
      design: design([
        ...net.nodes,
        i,
        node('ssm', 'systems-manager', undefined, { sessionManager: false }),
      ]),
      nodes: ['i'],
    },
  ],
};
