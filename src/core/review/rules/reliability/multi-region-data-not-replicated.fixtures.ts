import {
  design,
  edge,
  network,
  node,
  region,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const east = network({ prefix: 'e', code: 'us-east-1' });
const west = network({ prefix: 'w', code: 'us-west-2', second: 1 });
const db1 = node('db1', 'rds-instance', east.zones[0].private);
const db2 = node('db2', 'rds-instance', west.zones[0].private);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...east.nodes, ...west.nodes, db1, db2], [edge(db1, db2)]),
    design([
      ...east.nodes,
      ...west.nodes,
      node('t', 'dynamodb-table', 'eregion', { replicaRegions: ['us-west-2'] }),
    ]),
    design([region('r', 'us-east-1'), node('b', 's3-bucket', 'r')]),
  ],
  nonCompliant: [
    { design: design([...east.nodes, ...west.nodes, db1, db2]), nodes: ['db1'] },
    {
      design: design([...east.nodes, ...west.nodes, node('b', 's3-bucket', 'eregion')]),
      nodes: ['b'],
    },
    {
      design: design([...east.nodes, ...west.nodes, node('t', 'dynamodb-table', 'wregion')]),
      nodes: ['t'],
    },
  ],
};
