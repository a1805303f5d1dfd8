import { design, edge, node, region } from '../../../../../test-support/design.ts';

const east = region('east', 'us-east-1');
const west = region('west', 'eu-west-1');
const etl = node('etl', 'glue', 'east');

/** ETL next to its bucket is fine; ETL writing to another Region's bucket on every run is a hit. */
export const fixtures = {
  compliant: [design([east, etl, node('lake', 's3-bucket', 'east')], [edge('etl', 'lake')])],
  nonCompliant: [{ design: design([east, west, etl, node('lake', 's3-bucket', 'west')], [edge('etl', 'lake')]), nodes: ['etl', 'lake'] }],
};
