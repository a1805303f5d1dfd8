import { design, node } from '../../../../../test-support/design.ts';

const eb = (policy: string) =>
  node('eb', 'elastic-beanstalk', undefined, { deploymentPolicy: policy });

/** All-at-once is fine outside production and flagged in it. */
export const fixtures = {
  compliant: [
    design([eb('Rolling')], [], { environment: 'production' }),
    design([eb('AllAtOnce')], [], { environment: 'development' }),
  ],
  nonCompliant: [
    { design: design([eb('AllAtOnce')], [], { environment: 'production' }), nodes: ['eb'] },
  ],
};
