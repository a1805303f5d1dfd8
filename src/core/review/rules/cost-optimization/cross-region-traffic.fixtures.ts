import {
  design,
  edge,
  node,
  region,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const east = region('east', 'us-east-1');
const west = region('west', 'eu-west-1');
const fn = node('fn', 'lambda-function', 'east');

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design(
      [east, fn, node('t', 'dynamodb-table', 'east')],
      [edge(fn, node('t', 'dynamodb-table'))],
    ),
    design(
      [east, west, node('t1', 'dynamodb-table', 'east'), node('t2', 'dynamodb-table', 'west')],
      [edge(node('t1', 'dynamodb-table'), node('t2', 'dynamodb-table'))],
    ),
  ],
  nonCompliant: [
    {
      design: design(
        [east, west, fn, node('t', 'dynamodb-table', 'west')],
        [edge(fn, node('t', 'dynamodb-table'))],
      ),
      nodes: ['fn', 't'],
    },
  ],
};
