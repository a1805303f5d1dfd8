import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      node('api', 'api-gateway', undefined, {
        throttlingRateLimit: 500,
        throttlingBurstLimit: 200,
      }),
    ]),
  ],
  nonCompliant: [{ design: design([node('api', 'api-gateway')]), nodes: ['api'] }],
};
