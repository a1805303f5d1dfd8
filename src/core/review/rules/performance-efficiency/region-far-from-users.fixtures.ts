import { design, node, region } from '../../../../../test-support/design.ts';

const inRegion = (code: string) => [region('r', code), node('fn', 'lambda-function', 'r')];

/** European users are far from Virginia unless an edge service fronts it; nearby or unknown places are fine. */
export const fixtures = {
  compliant: [
    design(inRegion('eu-west-1'), [], { userLocations: ['UK', 'Sweden'] }),
    design([...inRegion('us-east-1'), node('cdn', 'cloudfront')], [], {
      userLocations: ['Europe'],
    }),
    design(inRegion('us-east-1'), [], { userLocations: ['Atlantis'] }),
  ],
  nonCompliant: [
    {
      design: design(inRegion('us-east-1'), [], { userLocations: ['us-east-1', 'Germany'] }),
      nodes: ['r'],
    },
  ],
};
