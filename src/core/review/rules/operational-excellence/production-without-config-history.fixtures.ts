import { design, node } from '../../../../../test-support/design.ts';

const fn = node('fn', 'lambda-function');
const prod = { environment: 'production' as const };

/** A Config recorder (or Control Tower) in production; one that skips resources gets a fix. */
export const fixtures = {
  compliant: [
    design([fn, node('cfg', 'config')], [], prod),
    design([fn, node('ct', 'control-tower')], [], prod),
    design([fn], [], { environment: 'test' }),
  ],
  nonCompliant: [
    { design: design([fn], [], prod), nodes: [] },
    {
      design: design(
        [fn, node('cfg', 'config', undefined, { recordAllResources: false })],
        [],
        prod,
      ),
      nodes: ['cfg'],
    },
  ],
};
