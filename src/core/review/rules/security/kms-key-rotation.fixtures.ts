import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('k', 'kms-key')]),
    design([
      node('k', 'kms-key', undefined, {
        rotation: false,
        keySpec: 'RSA_2048',
        keyUsage: 'SIGN_VERIFY',
      }),
    ]),
  ],
  nonCompliant: [
    { design: design([node('k', 'kms-key', undefined, { rotation: false })]), nodes: ['k'] },
  ],
};
