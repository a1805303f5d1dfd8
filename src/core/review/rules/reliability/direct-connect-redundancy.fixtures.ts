import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const dev = node('dx', 'direct-connect', undefined, { resiliency: 'development' });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('dx', 'direct-connect')]),
    design([dev, node('vpn', 'site-to-site-vpn')]),
    design([dev, node('dx2', 'direct-connect', undefined, { resiliency: 'development' })]),
  ],
  nonCompliant: [{ design: design([dev]), nodes: ['dx'] }],
};
