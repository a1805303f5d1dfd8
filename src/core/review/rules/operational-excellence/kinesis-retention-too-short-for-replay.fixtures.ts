import { design, edge, node } from '../../../../../test-support/design.ts';

const stream = (retentionPeriodHours = 24) =>
  node('ks', 'kinesis-data-streams', undefined, { retentionPeriodHours });
const fn = node('fn', 'lambda-function');
const fh = node('fh', 'firehose', undefined, { source: 'KinesisStreamAsSource' });

/** A Lambda consumer needs more than a day of records; a lone Firehose delivery stream does not. */
export const fixtures = {
  compliant: [
    design([stream(168), fn], [edge(stream(168), fn)]),
    design([stream(), fh], [edge(stream(), fh)]),
  ],
  nonCompliant: [
    { design: design([stream(), fn], [edge(stream(), fn)]), nodes: ['ks', 'fn'] },
    {
      design: design(
        [stream(), fh, node('fl', 'managed-flink')],
        [edge(stream(), fh), edge('fl', 'ks')],
      ),
      nodes: ['ks', 'fh', 'fl'],
    },
  ],
};
