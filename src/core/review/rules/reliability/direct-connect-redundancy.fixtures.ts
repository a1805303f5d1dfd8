import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const dev = node('dx', 'direct-connect', undefined, { resiliency: 'development' });

export const fixtures: RuleFixtures = {
  compliant: [design([node('dx', 'direct-connect')]), design([dev, node('vpn', 'site-to-site-vpn')]), design([dev, node('dx2', 'direct-connect', undefined, { resiliency: 'development' })])],
  nonCompliant: [{ design: design([dev]), nodes: ['dx'] }],
};
