import { design, edge, node } from '../../../../../test-support/design.ts';

const fn = node('fn', 'lambda-function');
const table = node('tbl', 'dynamodb-table');

/** Connected components pass; a table nothing uses is a hit, and account-level services are not judged. */
export const fixtures = {
  compliant: [design([fn, table], [edge(fn, table)]), design([node('trail', 'cloudtrail')])],
  nonCompliant: [
    { design: design([fn, table, node('old', 'sqs-queue')], [edge(fn, table)]), nodes: ['old'] },
  ],
};
