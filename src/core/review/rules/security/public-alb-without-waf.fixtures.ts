import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const alb = node('alb', 'application-load-balancer', net.vpc);
const waf = node('waf', 'waf');

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, alb, waf], [edge(waf, alb)]),
    design([
      ...net.nodes,
      node('alb', 'application-load-balancer', net.vpc, { scheme: 'internal' }),
    ]),
    design(
      [...net.nodes, alb, node('cf', 'cloudfront', undefined, { webAcl: true })],
      [edge(node('cf', 'cloudfront'), alb)],
    ),
  ],
  nonCompliant: [
    { design: design([...net.nodes, alb]), nodes: ['alb'] },
    {
      design: design(
        [...net.nodes, alb, node('cf', 'cloudfront')],
        [edge(node('cf', 'cloudfront'), alb)],
      ),
      nodes: ['alb'],
    },
  ],
};
