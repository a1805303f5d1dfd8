import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const fs = (transitionToIa: string) =>
  node('fs', 'efs-file-system', net.zones[0].private, { transitionToIa });

/** No lifecycle policy is a hit. */
export const fixtures = {
  compliant: [design([...net.nodes, fs('AFTER_30_DAYS')])],
  nonCompliant: [{ design: design([...net.nodes, fs('none')]), nodes: ['fs'] }],
};
