import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...net.nodes,
      node('alb', 'application-load-balancer', net.vpc),
      node('cf', 'cloudfront'),
      node('api', 'api-gateway'),
    ]),
  ],
  nonCompliant: [
    {
      design: design([
        ...net.nodes,
        node('alb', 'application-load-balancer', net.vpc, {
          sslPolicy: 'ELBSecurityPolicy-2016-08',
        }),
      ]),
      nodes: ['alb'],
    },
    {
      design: design([node('cf', 'cloudfront', undefined, { minimumTlsVersion: 'TLSv1_2016' })]),
      nodes: ['cf'],
    },
    {
      design: design([node('api', 'api-gateway', undefined, { securityPolicy: 'TLS_1_0' })]),
      nodes: ['api'],
    },
  ],
};
