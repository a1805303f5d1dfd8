import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const two = network();
const one = network({ zones: 1 });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...two.nodes,
      node('asg', 'auto-scaling-group', two.vpc),
      node('i', 'ec2-instance', 'asg'),
    ]),
  ],
  nonCompliant: [
    {
      design: design([
        ...two.nodes,
        node('asg', 'auto-scaling-group', two.zones[0].private),
        node('i', 'ec2-instance', 'asg'),
      ]),
      nodes: ['asg'],
    },
    { design: design([...one.nodes, node('asg', 'auto-scaling-group', one.vpc)]), nodes: ['asg'] },
  ],
};
