import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...net.nodes,
      node('db', 'rds-instance', prv),
      node('c', 'elasticache', prv, { engine: 'memcached', backupRetentionDays: 0 }),
    ]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, node('db', 'rds-instance', prv, { backupRetentionDays: 0 })]),
      nodes: ['db'],
    },
    {
      design: design([...net.nodes, node('c', 'elasticache', prv, { backupRetentionDays: 0 })]),
      nodes: ['c'],
    },
  ],
};
