import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, node('fs', 'efs-file-system', prv), node('v', 'ebs-volume', prv)]),
  ],
  nonCompliant: [
    {
      design: design([
        ...net.nodes,
        node('fs', 'efs-file-system', prv, { automaticBackups: false }),
      ]),
      nodes: ['fs'],
    },
    {
      design: design([...net.nodes, node('v', 'ebs-volume', prv, { backupRetentionDays: 0 })]),
      nodes: ['v'],
    },
  ],
};
