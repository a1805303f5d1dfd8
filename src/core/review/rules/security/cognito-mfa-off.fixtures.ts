import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

export const fixtures: RuleFixtures = {
  compliant: [design([node('u', 'cognito')]), design([node('u', 'cognito', undefined, { mfa: 'ON' })])],
  nonCompliant: [{ design: design([node('u', 'cognito', undefined, { mfa: 'OFF' })]), nodes: ['u'] }],
};
