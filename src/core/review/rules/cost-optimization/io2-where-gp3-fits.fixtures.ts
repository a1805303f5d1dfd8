import { type RuleFixtures, inPrivateSubnet } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    inPrivateSubnet(['v', 'ebs-volume', { volumeType: 'io2', iops: 64000 }]),
    inPrivateSubnet(['v', 'ebs-volume', { volumeType: 'io2', iops: 8000, multiAttach: true }]),
  ],
  nonCompliant: [
    {
      design: inPrivateSubnet(['v', 'ebs-volume', { volumeType: 'io2', iops: 10000 }]),
      nodes: ['v'],
    },
  ],
};
