import { type RuleFixtures, flagged, inPrivateSubnet } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    inPrivateSubnet(['c', 'elasticache'], ['k', 'msk-cluster'], ['d', 'documentdb-cluster']),
  ],
  nonCompliant: [
    flagged('c', 'elasticache', { transitEncryption: false }),
    {
      design: inPrivateSubnet(['k', 'msk-cluster', { clientBrokerEncryption: 'TLS_PLAINTEXT' }]),
      nodes: ['k'],
    },
    flagged('m', 'dms', { sslMode: 'none' }),
  ],
};
