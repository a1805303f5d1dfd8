import { design, edge, node, region } from '../../../../../test-support/design.ts';

const east = region('east', 'us-east-1');
const west = region('west', 'us-west-2');
const src = node('src', 's3-bucket', 'east');

/** Cross-Region replication is disaster recovery; same-Region copies are redundant. */
export const fixtures = {
  compliant: [design([east, west, src, node('dst', 's3-bucket', 'west')], [edge('src', 'dst')])],
  nonCompliant: [
    {
      design: design([east, src, node('dst', 's3-bucket', 'east')], [edge('src', 'dst')]),
      nodes: ['src', 'dst'],
    },
    {
      design: design([node('b', 's3-bucket', undefined, { replication: 'same-region' })]),
      nodes: ['b'],
    },
  ],
};
