import { design, node } from '../../../../../test-support/design.ts';

/** Uncompressed S3 delivery is a hit. */
export const fixtures = {
  compliant: [
    design([node('fh', 'firehose')]),
    design([
      node('fh', 'firehose', undefined, {
        destination: 'http-endpoint',
        compression: 'UNCOMPRESSED',
      }),
    ]),
  ],
  nonCompliant: [
    {
      design: design([node('fh', 'firehose', undefined, { compression: 'UNCOMPRESSED' })]),
      nodes: ['fh'],
    },
  ],
};
