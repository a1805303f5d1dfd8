import { design, node } from '../../../../../test-support/design.ts';

/** Compression off is a hit. */
export const fixtures = {
  compliant: [design([node('cdn', 'cloudfront')])],
  nonCompliant: [
    { design: design([node('cdn', 'cloudfront', undefined, { compress: false })]), nodes: ['cdn'] },
  ],
};
