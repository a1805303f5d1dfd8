import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const fs = (throughputMode: string, storageGb: number) => ({
  ...node('fs', 'efs-file-system', net.zones[0].private, { throughputMode }),
  usage: { storageGb },
});

/** 100 GB in bursting mode is a hit; elastic mode, or 5 TB bursting, is not. */
export const fixtures = {
  compliant: [
    design([...net.nodes, fs('elastic', 100)]),
    design([...net.nodes, fs('bursting', 5000)]),
  ],
  nonCompliant: [{ design: design([...net.nodes, fs('bursting', 100)]), nodes: ['fs'] }],
};
