import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...net.nodes,
      node('db', 'rds-instance', prv),
      node('c', 'elasticache', prv),
      node('r', 'redshift-cluster', prv),
    ]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, node('db', 'rds-instance', prv, { storageEncrypted: false })]),
      nodes: ['db'],
    },
    {
      design: design([
        ...net.nodes,
        node('os', 'opensearch-domain', prv, { encryptionAtRest: false }),
      ]),
      nodes: ['os'],
    },
    {
      design: design([...net.nodes, node('c', 'elasticache', prv, { encryption: false })]),
      nodes: ['c'],
    },
  ],
};
