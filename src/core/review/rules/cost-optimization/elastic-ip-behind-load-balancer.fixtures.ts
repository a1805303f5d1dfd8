import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const [a] = net.zones;
const ip = node('ip', 'elastic-ip', a.public);
const i = node('i', 'ec2-instance', a.public);
const alb = node('alb', 'application-load-balancer', net.vpc);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, ip, i], [edge(ip, i)])],
  nonCompliant: [
    { design: design([...net.nodes, ip, i, alb], [edge(ip, i), edge(alb, i)]), nodes: ['ip', 'i'] },
  ],
};
