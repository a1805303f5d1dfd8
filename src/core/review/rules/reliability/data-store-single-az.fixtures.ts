import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const two = network();
const one = network({ zones: 1 });
const prv = two.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...two.nodes,
      node('db', 'rds-instance', prv),
      node('c', 'elasticache', prv),
      node('mq', 'mq-broker', prv),
    ]),
    design([...two.nodes, node('db', 'rds-instance', prv, { multiAz: false })], [], {
      environment: 'development',
    }),
  ],
  nonCompliant: [
    {
      design: design([...two.nodes, node('db', 'rds-instance', prv, { multiAz: false })]),
      nodes: ['db'],
    },
    {
      design: design([...two.nodes, node('c', 'elasticache', prv, { replicasPerShard: 0 })]),
      nodes: ['c'],
    },
    {
      design: design([...two.nodes, node('d', 'documentdb-cluster', prv, { instanceCount: 1 })]),
      nodes: ['d'],
    },
    {
      design: design([
        ...two.nodes,
        node('mq', 'mq-broker', prv, { deploymentMode: 'SINGLE_INSTANCE' }),
      ]),
      nodes: ['mq'],
    },
    {
      design: design([...one.nodes, node('db', 'rds-instance', one.zones[0].private)]),
      nodes: ['db'],
    },
  ],
};
