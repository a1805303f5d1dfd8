import { type RuleFixtures, flagged, inPrivateSubnet } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    inPrivateSubnet(['db', 'rds-instance'], ['c', 'elasticache'], ['r', 'redshift-cluster']),
  ],
  nonCompliant: [
    flagged('db', 'rds-instance', { storageEncrypted: false }),
    {
      design: inPrivateSubnet(['os', 'opensearch-domain', { encryptionAtRest: false }]),
      nodes: ['os'],
    },
    flagged('c', 'elasticache', { encryption: false }),
  ],
};
