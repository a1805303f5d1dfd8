import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const all = node('cf', 'cloudfront', undefined, { priceClass: 'PriceClass_All' });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([all], [], { userLocations: ['us-east-1', 'ap-northeast-1'] }),
    design([node('cf', 'cloudfront')], [], { userLocations: ['eu-west-1'] }),
  ],
  nonCompliant: [
    { design: design([all], [], { userLocations: ['us-east-1', 'Europe'] }), nodes: ['cf'] },
  ],
};
