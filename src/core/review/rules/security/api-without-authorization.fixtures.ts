import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      node('api', 'api-gateway', undefined, { authorizer: 'COGNITO' }),
      node('gql', 'appsync', undefined, { authenticationType: 'AMAZON_COGNITO_USER_POOLS' }),
    ]),
    design([node('api', 'api-gateway', undefined, { endpointType: 'PRIVATE' })]),
  ],
  nonCompliant: [
    { design: design([node('api', 'api-gateway')]), nodes: ['api'] },
    { design: design([node('gql', 'appsync')]), nodes: ['gql'] },
  ],
};
