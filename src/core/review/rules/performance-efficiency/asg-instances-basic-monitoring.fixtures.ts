import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const asg = (scalingMetric = 'cpu') =>
  node('asg', 'auto-scaling-group', net.zones[0].private, { scalingMetric });
const vm = (detailedMonitoring: boolean) =>
  node('vm', 'ec2-instance', 'asg', { detailedMonitoring });

/** Scaled instances need one-minute metrics; fixed groups and loose instances are not judged. */
export const fixtures = {
  compliant: [
    design([...net.nodes, asg(), vm(true)]),
    design([...net.nodes, asg('none'), vm(false)]),
  ],
  nonCompliant: [{ design: design([...net.nodes, asg(), vm(false)]), nodes: ['vm'] }],
};
