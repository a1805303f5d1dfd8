import { design, edge, node, region } from '../../../../../test-support/design.ts';

const dns = (routingPolicy: string) => node('dns', 'route53', undefined, { routingPolicy });
const regions = (westRole = 'primary') => [
  region('east', 'us-east-1'),
  region('west', 'eu-west-1', { role: westRole }),
];
const apis = [node('a1', 'api-gateway', 'east'), node('a2', 'api-gateway', 'west')];
const routes = [edge('dns', 'a1'), edge('dns', 'a2')];

/** Two active Regions behind simple routing is a hit; latency routing or an active/standby pair is not. */
export const fixtures = {
  compliant: [
    design([dns('latency'), ...regions(), ...apis], routes),
    design([dns('simple'), ...regions('dr'), ...apis], routes),
  ],
  nonCompliant: [
    { design: design([dns('simple'), ...regions(), ...apis], routes), nodes: ['dns', 'a1', 'a2'] },
  ],
};
