import { design, node } from '../../../../../test-support/design.ts';

const cdn = (priceClass: string) => node('cdn', 'cloudfront', undefined, { priceClass });

/** Price Class 100 is enough for Europe; Japan needs 200 and Australia needs All. */
export const fixtures = {
  compliant: [
    design([cdn('PriceClass_100')], [], { userLocations: ['Europe', 'US'] }),
    design([cdn('PriceClass_200')], [], { userLocations: ['Japan'] }),
  ],
  nonCompliant: [
    {
      design: design([cdn('PriceClass_100')], [], { userLocations: ['US', 'Japan'] }),
      nodes: ['cdn'],
    },
    { design: design([cdn('PriceClass_200')], [], { userLocations: ['Sydney'] }), nodes: ['cdn'] },
  ],
};
