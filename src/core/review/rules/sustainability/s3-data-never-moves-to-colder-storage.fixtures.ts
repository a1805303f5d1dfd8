import { design, node } from '../../../../../test-support/design.ts';

/** Lifecycle rules or Intelligent-Tiering pass; Standard with neither is a hit. */
export const fixtures = {
  compliant: [
    design([node('b', 's3-bucket', undefined, { lifecycleRules: true })]),
    design([node('b', 's3-bucket', undefined, { storageClass: 'intelligent_tiering' })]),
  ],
  nonCompliant: [{ design: design([node('b', 's3-bucket')]), nodes: ['b'] }],
};
