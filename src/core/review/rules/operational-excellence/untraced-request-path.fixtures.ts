import { design, edge, node } from '../../../../../test-support/design.ts';

const api = node('api', 'api-gateway');
const traced = node('fn', 'lambda-function', undefined, { tracing: 'Active' });
const untraced = node('fn', 'lambda-function');
const table = node('tbl', 'dynamodb-table');

/** API -> function -> table needs traces on the function; a single hop does not. */
export const fixtures = {
  compliant: [
    design([api, traced, table], [edge(api, traced), edge(traced, table)]),
    design([api, untraced], [edge(api, untraced)]),
  ],
  nonCompliant: [
    {
      design: design([api, untraced, table], [edge(api, untraced), edge(untraced, table)]),
      nodes: ['fn'],
    },
  ],
};
