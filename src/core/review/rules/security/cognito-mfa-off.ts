import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: User pool without multi-factor authentication. */
export const rule: Rule = {
  id: 'cognito-mfa-off',
  pillar: 'security',
  bestPractice: 'SEC02-BP01',
  severity: 'high',
  title: 'User pool without multi-factor authentication',
  rationale:
    'With MFA off, a guessed or phished password is enough to take over an account in the user pool.',
  remediation:
    'Set MFA to optional (users can enrol) or required, preferring authenticator apps or passkeys over SMS.',
  docs: wa('SEC02-BP01'),
  services: ['cognito'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'mfa') === 'OFF'
      ? hitOn(node, `User pool ${nameOf(node)} has MFA turned off`, {
          title: 'Offer MFA',
          props: { mfa: 'OPTIONAL' },
        })
      : null,
};
