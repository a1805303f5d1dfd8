import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: Symmetric KMS key without automatic rotation. */
export const rule: Rule = {
  id: 'kms-key-rotation',
  pillar: 'security',
  bestPractice: 'SEC08-BP01',
  severity: 'high',
  title: 'Symmetric KMS key without automatic rotation',
  rationale:
    'Rotating key material limits how much data any one version protects; KMS keeps old versions for decryption, so rotation needs no re-encryption.',
  remediation:
    'Turn on automatic rotation for the key (yearly by default, configurable from 90 days).',
  docs: wa('SEC08-BP01'),
  services: ['kms-key'],
  topology: false,
  checkNode: (node, ctx) =>
    // KMS rotates only symmetric encryption keys it generated itself; others cannot be flagged.
    ctx.prop(node, 'rotation') === false &&
    ctx.prop(node, 'keySpec') === 'SYMMETRIC_DEFAULT' &&
    ctx.prop(node, 'origin') === 'AWS_KMS'
      ? hitOn(node, `KMS key ${nameOf(node)} is never rotated`, {
          title: 'Rotate the key automatically',
          props: { rotation: true },
        })
      : null,
};
