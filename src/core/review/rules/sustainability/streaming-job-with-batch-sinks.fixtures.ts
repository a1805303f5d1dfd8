import { design, edge, node } from '../../../../../test-support/design.ts';

const job = (jobType: string) => node('job', 'glue', undefined, { jobType });
const lake = node('lake', 's3-bucket');
const table = node('tbl', 'dynamodb-table');

/** A streaming job feeding only S3 is a hit; a batch job, or a streaming job feeding a live table, is not. */
export const fixtures = {
  compliant: [
    design([job('glueetl'), lake], [edge('job', 'lake')]),
    design([job('gluestreaming'), lake, table], [edge('job', 'lake'), edge('job', 'tbl')]),
  ],
  nonCompliant: [
    { design: design([job('gluestreaming'), lake], [edge('job', 'lake')]), nodes: ['job', 'lake'] },
  ],
};
