import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('u', 'cognito')]),
    design([node('u', 'cognito', undefined, { mfa: 'ON' })]),
  ],
  nonCompliant: [
    { design: design([node('u', 'cognito', undefined, { mfa: 'OFF' })]), nodes: ['u'] },
  ],
};
