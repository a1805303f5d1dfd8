import { design, edge, node } from '../../../../../test-support/design.ts';

const caller = node('a', 'lambda-function');
const syncCallee = node('b', 'lambda-function', undefined, { invocation: 'sync' });
const asyncCallee = node('b', 'lambda-function', undefined, { invocation: 'async' });

/** A synchronous function-to-function call is a hit; an asynchronous one is not. */
export const fixtures = {
  compliant: [design([caller, asyncCallee], [edge(caller, asyncCallee)])],
  nonCompliant: [
    { design: design([caller, syncCallee], [edge(caller, syncCallee)]), nodes: ['a', 'b'] },
  ],
};
