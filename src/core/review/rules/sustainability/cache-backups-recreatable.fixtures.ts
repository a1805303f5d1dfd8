import { design, edge, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const at = net.zones[0].private;
const cache = (backupRetentionDays: number) =>
  node('cache', 'elasticache', at, { backupRetentionDays });
const fn = node('fn', 'lambda-function');
const db = node('db', 'rds-instance', at);

/** A look-aside cache in front of a database needs no snapshots; a cache with no database behind it may. */
export const fixtures = {
  compliant: [
    design([...net.nodes, cache(0), fn, db], [edge('fn', 'cache'), edge('fn', 'db')]),
    design([...net.nodes, cache(7), fn], [edge('fn', 'cache')]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, cache(7), fn, db], [edge('fn', 'cache'), edge('fn', 'db')]),
      nodes: ['cache', 'db'],
    },
  ],
};
