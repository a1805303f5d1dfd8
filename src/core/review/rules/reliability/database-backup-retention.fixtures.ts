import { type RuleFixtures, flagged, inPrivateSubnet } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    inPrivateSubnet(
      ['db', 'rds-instance'],
      ['c', 'elasticache', { engine: 'memcached', backupRetentionDays: 0 }],
    ),
  ],
  nonCompliant: [
    flagged('db', 'rds-instance', { backupRetentionDays: 0 }),
    flagged('c', 'elasticache', { backupRetentionDays: 0 }),
  ],
};
