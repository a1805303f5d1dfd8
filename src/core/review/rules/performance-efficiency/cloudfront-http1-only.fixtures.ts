import { design, node } from '../../../../../test-support/design.ts';

/** HTTP/1.1 only is a hit. */
export const fixtures = {
  compliant: [
    design([node('cdn', 'cloudfront')]),
    design([node('cdn', 'cloudfront', undefined, { httpVersion: 'http2' })]),
  ],
  nonCompliant: [
    {
      design: design([node('cdn', 'cloudfront', undefined, { httpVersion: 'http1.1' })]),
      nodes: ['cdn'],
    },
  ],
};
