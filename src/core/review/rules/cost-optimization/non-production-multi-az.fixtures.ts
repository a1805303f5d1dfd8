import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, node('db', 'rds-instance', prv)], [], { environment: 'production' }),
    design([...net.nodes, node('db', 'rds-instance', prv, { multiAz: false })], [], {
      environment: 'development',
    }),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, node('db', 'rds-instance', prv)], [], {
        environment: 'development',
      }),
      nodes: ['db'],
    },
    {
      design: design([...net.nodes, node('c', 'elasticache', prv)], [], { environment: 'test' }),
      nodes: ['c'],
    },
  ],
};
