import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...net.nodes,
      node('i', 'ec2-instance', prv),
      node('v', 'ebs-volume', prv),
      node('fs', 'efs-file-system', prv),
    ]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, node('i', 'ec2-instance', prv, { ebsEncrypted: false })]),
      nodes: ['i'],
    },
    {
      design: design([...net.nodes, node('fs', 'efs-file-system', prv, { encrypted: false })]),
      nodes: ['fs'],
    },
    { design: design([node('f', 'firehose', undefined, { encryption: false })]), nodes: ['f'] },
  ],
};
