import { design, edge, node, region } from '../../../../../test-support/design.ts';

const east = region('east', 'us-east-1');
const west = region('west', 'us-west-2');
const fn = node('fn', 'lambda-function', 'east');
const near = node('tbl', 'dynamodb-table', 'east');
const far = node('tbl', 'dynamodb-table', 'west');

/** A function writing a table in its own Region is fine; the same call to another Region is a hit. */
export const fixtures = {
  compliant: [
    design([east, fn, near], [edge(fn, near)]),
    design(
      [east, west, fn, near, node('t2', 'dynamodb-table', 'west')],
      [edge(fn, near), edge('tbl', 't2')],
    ),
  ],
  nonCompliant: [{ design: design([east, west, fn, far], [edge(fn, far)]), nodes: ['fn', 'tbl'] }],
};
