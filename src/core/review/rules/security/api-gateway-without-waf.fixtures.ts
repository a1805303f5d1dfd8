import { design, edge, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const api = node('api', 'api-gateway');
const waf = node('waf', 'waf');
const cf = node('cf', 'cloudfront', undefined, { webAcl: true });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([api, waf], [edge(waf, api)]),
    design([node('api', 'api-gateway', undefined, { wafEnabled: true })]),
    design([node('api', 'api-gateway', undefined, { apiType: 'http' }), cf], [edge(cf, api)]),
    design([node('api', 'api-gateway', undefined, { endpointType: 'PRIVATE' })]),
  ],
  nonCompliant: [
    { design: design([api]), nodes: ['api'] },
    {
      design: design([node('api', 'api-gateway', undefined, { apiType: 'http' })]),
      nodes: ['api'],
    },
  ],
};
