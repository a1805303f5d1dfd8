import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const vm = node('vm', 'ec2-instance', net.zones[0].private);

/** Instances need Systems Manager with Patch Manager on. */
export const fixtures = {
  compliant: [design([...net.nodes, vm, node('ssm', 'systems-manager')])],
  nonCompliant: [
    { design: design([...net.nodes, vm]), nodes: ['vm'] },
    {
      design: design([
        ...net.nodes,
        vm,
        node('ssm', 'systems-manager', undefined, { patching: false }),
      ]),
      nodes: ['vm', 'ssm'],
    },
  ],
};
