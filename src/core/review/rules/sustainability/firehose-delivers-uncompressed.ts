import type { Rule } from '../../types.ts';

/** SUS04-BP07: uncompressed delivery moves and stores several times more bytes than needed. */
export const rule: Rule = {
  id: 'firehose-delivers-uncompressed',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP07',
  choiceId: 'sus_sus_data_a8',
  severity: 'medium',
  title: 'Firehose delivers uncompressed data to S3',
  rationale:
    'Log and event records compress several times over; delivering them uncompressed moves and stores that much more data across the network and in the bucket, and every later query scans it again.',
  remediation:
    'Compress deliveries (GZIP or Snappy), or convert them to a columnar format such as Parquet.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a8.html',
  services: ['firehose'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'destination') === 's3' && ctx.prop(n, 'compression') === 'UNCOMPRESSED'
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} delivers uncompressed data`,
          fix: { title: 'Compress with GZIP', node: n.id, props: { compression: 'GZIP' } },
        }
      : null,
};
