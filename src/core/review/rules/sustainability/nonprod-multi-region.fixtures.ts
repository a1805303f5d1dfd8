import { design, node, region } from '../../../../../test-support/design.ts';

const two = [
  region('east', 'us-east-1'),
  region('west', 'eu-west-1'),
  node('f1', 'lambda-function', 'east'),
  node('f2', 'lambda-function', 'west'),
];
const one = [
  region('east', 'us-east-1'),
  node('f1', 'lambda-function', 'east'),
  node('dns', 'route53'),
];

/** Two Regions in test is a hit; production, or one Region plus global DNS, is not. */
export const fixtures = {
  compliant: [
    design(two, [], { environment: 'production' }),
    design(one, [], { environment: 'test' }),
  ],
  nonCompliant: [{ design: design(two, [], { environment: 'test' }), nodes: ['east', 'west'] }],
};
