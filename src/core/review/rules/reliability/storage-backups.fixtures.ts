import { type RuleFixtures, flagged, inPrivateSubnet } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [inPrivateSubnet(['fs', 'efs-file-system'], ['v', 'ebs-volume'])],
  nonCompliant: [
    {
      design: inPrivateSubnet(['fs', 'efs-file-system', { automaticBackups: false }]),
      nodes: ['fs'],
    },
    flagged('v', 'ebs-volume', { backupRetentionDays: 0 }),
  ],
};
