import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const at = net.zones[0].private;
const db = (instanceClass: string) => node('db', 'rds-instance', at, { instanceClass });

/** T classes are for development; production gets M or R. */
export const fixtures = {
  compliant: [
    design([...net.nodes, db('db.m6g.large')], [], { environment: 'production' }),
    design([...net.nodes, db('db.t3.micro')], [], { environment: 'development' }),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, db('db.t3.medium')], [], { environment: 'production' }),
      nodes: ['db'],
    },
    {
      design: design(
        [node('os', 'opensearch-domain', undefined, { instanceType: 't3.small.search' })],
        [],
        { environment: 'production' },
      ),
      nodes: ['os'],
    },
  ],
};
