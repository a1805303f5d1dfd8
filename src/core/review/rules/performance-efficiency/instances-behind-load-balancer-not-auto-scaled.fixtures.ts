import { design, edge, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const at = net.zones[0].private;
const alb = node('alb', 'application-load-balancer', net.vpc);
const asg = node('asg', 'auto-scaling-group', at);

/** Targets inside an Auto Scaling group scale; loose instances do not. */
export const fixtures = {
  compliant: [design([...net.nodes, alb, asg, node('i1', 'ec2-instance', 'asg')], [edge(alb, node('i1', 'ec2-instance'))])],
  nonCompliant: [{ design: design([...net.nodes, alb, node('i1', 'ec2-instance', at)], [edge(alb, node('i1', 'ec2-instance'))]), nodes: ['alb', 'i1'] }],
};
