import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: IAM role policy uses wildcards. */
export const rule: Rule = {
  id: 'iam-role-wildcards',
  pillar: 'security',
  bestPractice: 'SEC03-BP02',
  severity: 'high',
  title: 'IAM role policy uses wildcards',
  rationale:
    'A policy that allows every action or every resource grants far more than the workload needs, so a leaked credential or a bug in the code can reach anything in the account.',
  remediation:
    'Name the actions and resource ARNs the role needs (IAM Access Analyzer can generate a policy from CloudTrail activity) and add a permissions boundary.',
  docs: wa('SEC03-BP02'),
  services: ['iam-role'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'policyWildcards') === true
      ? hitOn(node, `IAM role ${nameOf(node)} allows * actions or resources`, {
          title: 'Scope the policy to named actions and ARNs',
          props: { policyWildcards: false },
        })
      : null,
};
