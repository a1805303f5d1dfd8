import { design, edge, network, node } from '../../../../../test-support/design.ts';

const heavy = {
  ...node('tbl', 'dynamodb-table'),
  usage: { readRequestsPerMonth: 100_000_000, writeRequestsPerMonth: 5_000_000 },
};
const net = network({ zones: 1 });
const at = net.zones[0].private;
const dax = node('dax', 'dax-cluster', at);
const fn = node('fn', 'lambda-function');
const db = node('db', 'rds-instance', at);
const read = (id: string) => ({ ...edge(id, 'db'), meaning: 'read' as const });

/** Heavy reads need DAX or a cache beside the readers; light tables and mostly written databases do not. */
export const fixtures = {
  compliant: [
    design([...net.nodes, heavy, dax], [edge(dax, heavy)]),
    design([node('tbl', 'dynamodb-table')]),
    design(
      [...net.nodes, db, fn, node('fn2', 'lambda-function'), node('cache', 'elasticache', at)],
      [read('fn'), read('fn2'), edge(fn, node('cache', 'elasticache'))],
    ),
  ],
  nonCompliant: [
    { design: design([heavy]), nodes: ['tbl'] },
    {
      design: design(
        [...net.nodes, db, fn, node('fn2', 'lambda-function')],
        [read('fn'), read('fn2')],
      ),
      nodes: ['db'],
    },
  ],
};
