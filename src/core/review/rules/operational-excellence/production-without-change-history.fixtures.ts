import { design, node } from '../../../../../test-support/design.ts';

const fn = node('fn', 'lambda-function');
const prod = { environment: 'production' as const };

/** Config and CloudTrail (or Control Tower) in production; a Config recorder that skips resources gets a fix. */
export const fixtures = {
  compliant: [
    design([fn, node('cfg', 'config'), node('trail', 'cloudtrail')], [], prod),
    design([fn, node('ct', 'control-tower')], [], prod),
    design([fn], [], { environment: 'test' }),
  ],
  nonCompliant: [
    { design: design([fn], [], prod), nodes: [] },
    { design: design([fn, node('cfg', 'config', undefined, { recordAllResources: false }), node('trail', 'cloudtrail')], [], prod), nodes: ['cfg'] },
  ],
};
