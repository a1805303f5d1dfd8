import { design, edge, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const cf = node('cf', 'cloudfront');
const waf = node('waf', 'waf', undefined, { scope: 'CLOUDFRONT' });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([cf, waf], [edge(waf, cf)]),
    design([node('cf', 'cloudfront', undefined, { webAcl: true })]),
  ],
  nonCompliant: [{ design: design([cf]), nodes: ['cf'] }],
};
