import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const east = network({ prefix: 'e', code: 'us-east-1' });
const west = network({ prefix: 'w', code: 'us-west-2', second: 1 });
const albE = node('albE', 'application-load-balancer', east.vpc);
const albW = node('albW', 'application-load-balancer', west.vpc);
const dns = (props: Record<string, string | boolean>) => node('dns', 'route53', undefined, props);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design(
      [
        ...east.nodes,
        ...west.nodes,
        albE,
        albW,
        dns({ routingPolicy: 'failover', healthChecks: true }),
      ],
      [edge(dns({}), albE), edge(dns({}), albW)],
    ),
    design([...east.nodes, albE, dns({})], [edge(dns({}), albE)]),
  ],
  nonCompliant: [
    {
      design: design(
        [...east.nodes, ...west.nodes, albE, albW, dns({ routingPolicy: 'latency' })],
        [edge(dns({}), albE), edge(dns({}), albW)],
      ),
      nodes: ['dns'],
    },
    {
      design: design(
        [...east.nodes, albE, dns({ routingPolicy: 'failover' })],
        [edge(dns({}), albE)],
      ),
      nodes: ['dns'],
    },
  ],
};
