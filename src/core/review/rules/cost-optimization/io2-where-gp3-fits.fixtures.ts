import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, node('v', 'ebs-volume', prv, { volumeType: 'io2', iops: 64000 })]),
    design([
      ...net.nodes,
      node('v', 'ebs-volume', prv, { volumeType: 'io2', iops: 8000, multiAttach: true }),
    ]),
  ],
  nonCompliant: [
    {
      design: design([
        ...net.nodes,
        node('v', 'ebs-volume', prv, { volumeType: 'io2', iops: 10000 }),
      ]),
      nodes: ['v'],
    },
  ],
};
