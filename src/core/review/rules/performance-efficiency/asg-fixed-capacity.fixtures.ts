import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const asg = (props: Record<string, string | number>) =>
  node('asg', 'auto-scaling-group', net.zones[0].private, props);

/** A metric and room to grow are both needed. */
export const fixtures = {
  compliant: [design([...net.nodes, asg({})])],
  nonCompliant: [
    { design: design([...net.nodes, asg({ scalingMetric: 'none' })]), nodes: ['asg'] },
    {
      design: design([...net.nodes, asg({ minSize: 3, maxSize: 3, desiredCapacity: 3 })]),
      nodes: ['asg'],
    },
  ],
};
