import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: Public API accepts unauthenticated callers. */
export const rule: Rule = {
  id: 'api-without-authorization',
  pillar: 'security',
  bestPractice: 'SEC09-BP03',
  severity: 'medium',
  title: 'Public API accepts unauthenticated callers',
  rationale:
    'An API with no authorizer, or a GraphQL API protected only by a shared API key, cannot tell callers apart, so it can neither limit what each may do nor trace who did it.',
  remediation:
    'Authenticate callers with IAM, a Cognito user pool, a JWT or a Lambda authorizer; keep API keys for usage plans, not for identity.',
  docs: wa('SEC09-BP03'),
  services: ['api-gateway', 'appsync'],
  topology: false,
  checkNode: (node, ctx) => {
    if (node.service === 'appsync') {
      return ctx.prop(node, 'authenticationType') === 'API_KEY' &&
        ctx.prop(node, 'visibility') === 'GLOBAL'
        ? hitOn(node, `AppSync API ${nameOf(node)} is protected only by an API key`, {
            title: 'Authenticate with IAM',
            props: { authenticationType: 'AWS_IAM' },
          })
        : null;
    }
    // A private REST API is reachable only through VPC endpoints: the network is its first check.
    if (ctx.prop(node, 'authorizer') !== 'NONE' || ctx.prop(node, 'endpointType') === 'PRIVATE')
      return null;
    return hitOn(node, `API ${nameOf(node)} has no authorizer`, {
      title: 'Authorize callers with IAM',
      props: { authorizer: 'IAM' },
    });
  },
};
