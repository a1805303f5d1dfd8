import { design, edge, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const vm = node('vm', 'ec2-instance', net.zones[0].private);
const q = node('q', 'sqs-queue');
const fn = node('fn', 'lambda-function');

/** A Lambda trigger consumes the queue; an instance that only sends to it is fine; an instance polling it is a hit. */
export const fixtures = {
  compliant: [design([...net.nodes, vm, q, fn], [edge(vm, q), edge(q, fn)])],
  nonCompliant: [
    {
      design: design([...net.nodes, vm, q], [{ ...edge('vm', 'q'), meaning: 'read' }]),
      nodes: ['vm', 'q'],
    },
  ],
};
