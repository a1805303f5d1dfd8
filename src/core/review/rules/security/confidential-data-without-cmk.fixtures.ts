import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const db = node('db', 'rds-instance', net.zones[0].private);
const key = node('key', 'kms-key');
const bucket = node('b', 's3-bucket');

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design(
      [...net.nodes, db, key, node('b', 's3-bucket', undefined, { encryption: 'SSE-KMS' })],
      [edge(db, key)],
      { dataClassification: 'restricted' },
    ),
    design([bucket], [], { dataClassification: 'internal' }),
  ],
  nonCompliant: [
    { design: design([bucket], [], { dataClassification: 'confidential' }), nodes: ['b'] },
    { design: design([...net.nodes, db], [], { dataClassification: 'restricted' }), nodes: ['db'] },
  ],
};
