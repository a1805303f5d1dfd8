import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...net.nodes,
      node('c', 'elasticache', prv),
      node('k', 'msk-cluster', prv),
      node('d', 'documentdb-cluster', prv),
    ]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, node('c', 'elasticache', prv, { transitEncryption: false })]),
      nodes: ['c'],
    },
    {
      design: design([
        ...net.nodes,
        node('k', 'msk-cluster', prv, { clientBrokerEncryption: 'TLS_PLAINTEXT' }),
      ]),
      nodes: ['k'],
    },
    { design: design([...net.nodes, node('m', 'dms', prv, { sslMode: 'none' })]), nodes: ['m'] },
  ],
};
