import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const [a] = net.zones;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...net.nodes,
      node('db', 'rds-instance', a.private),
      node('sg', 'security-group', a.private),
      node('c', 'elasticache', 'sg'),
    ]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, node('db', 'rds-instance', a.public)]),
      nodes: ['db', a.public],
    },
    {
      design: design([
        ...net.nodes,
        node('sg', 'security-group', a.public),
        node('c', 'elasticache', 'sg'),
      ]),
      nodes: ['c', a.public],
    },
  ],
};
