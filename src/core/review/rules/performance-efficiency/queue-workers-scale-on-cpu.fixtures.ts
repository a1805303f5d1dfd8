import { design, edge, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const at = net.zones[0].private;
const asg = (scalingMetric: string) => node('asg', 'auto-scaling-group', at, { scalingMetric });
const worker = node('w', 'ec2-instance', 'asg');
const queue = node('q', 'sqs-queue');
const consumes = { ...edge('w', 'q'), meaning: 'subscribe' as const };

/** Workers that consume a queue should scale on its backlog; producers scaling on CPU are fine. */
export const fixtures = {
  compliant: [
    design([...net.nodes, asg('queue-depth'), worker, queue], [consumes]),
    design([...net.nodes, asg('cpu'), worker, queue], [edge('w', 'q')]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, asg('cpu'), worker, queue], [consumes]),
      nodes: ['asg', 'w', 'q'],
    },
  ],
};
