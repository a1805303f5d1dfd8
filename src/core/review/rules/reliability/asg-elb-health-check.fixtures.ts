import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const alb = node('alb', 'application-load-balancer', net.vpc);
const i = node('i', 'ec2-instance', 'asg');
const group = (props: Record<string, string> = {}) =>
  node('asg', 'auto-scaling-group', net.vpc, props);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, alb, group({ healthCheckType: 'ELB' }), i], [edge(alb, i)]),
    design([...net.nodes, group(), i]),
  ],
  nonCompliant: [
    { design: design([...net.nodes, alb, group(), i], [edge(alb, i)]), nodes: ['asg', 'alb'] },
  ],
};
