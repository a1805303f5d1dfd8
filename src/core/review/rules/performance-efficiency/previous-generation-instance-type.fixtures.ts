import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const vm = (instanceType: string) =>
  node('vm', 'ec2-instance', net.zones[0].private, { instanceType });

/** m5 is flagged (with a fix where a successor is offered); current generations are not. */
export const fixtures = {
  compliant: [design([...net.nodes, vm('m7i.large')]), design([...net.nodes, vm('t3.small')])],
  nonCompliant: [
    { design: design([...net.nodes, vm('m5.large')]), nodes: ['vm'] },
    { design: design([...net.nodes, vm('m5.2xlarge')]), nodes: ['vm'] },
  ],
};
