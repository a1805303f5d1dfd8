import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...net.nodes,
      node('v', 'ebs-volume', prv),
      node('i', 'ec2-instance', prv),
      node('db', 'rds-instance', prv),
    ]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, node('v', 'ebs-volume', prv, { volumeType: 'gp2' })]),
      nodes: ['v'],
    },
    {
      design: design([...net.nodes, node('i', 'ec2-instance', prv, { volumeType: 'gp2' })]),
      nodes: ['i'],
    },
    {
      design: design([...net.nodes, node('db', 'rds-instance', prv, { storageType: 'gp2' })]),
      nodes: ['db'],
    },
  ],
};
