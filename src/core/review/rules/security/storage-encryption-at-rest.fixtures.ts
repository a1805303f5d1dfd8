import {
  design,
  node,
  type RuleFixtures,
  flagged,
  inPrivateSubnet,
} from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    inPrivateSubnet(['i', 'ec2-instance'], ['v', 'ebs-volume'], ['fs', 'efs-file-system']),
  ],
  nonCompliant: [
    flagged('i', 'ec2-instance', { ebsEncrypted: false }),
    flagged('fs', 'efs-file-system', { encrypted: false }),
    { design: design([node('f', 'firehose', undefined, { encryption: false })]), nodes: ['f'] },
  ],
};
