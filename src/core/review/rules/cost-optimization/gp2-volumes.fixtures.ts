import { type RuleFixtures, flagged, inPrivateSubnet } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [inPrivateSubnet(['v', 'ebs-volume'], ['i', 'ec2-instance'], ['db', 'rds-instance'])],
  nonCompliant: [
    flagged('v', 'ebs-volume', { volumeType: 'gp2' }),
    flagged('i', 'ec2-instance', { volumeType: 'gp2' }),
    flagged('db', 'rds-instance', { storageType: 'gp2' }),
  ],
};
