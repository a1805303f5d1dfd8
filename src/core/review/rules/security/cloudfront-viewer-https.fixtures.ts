import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('cf', 'cloudfront')]),
    design([node('cf', 'cloudfront', undefined, { viewerProtocolPolicy: 'https-only' })]),
  ],
  nonCompliant: [
    {
      design: design([node('cf', 'cloudfront', undefined, { viewerProtocolPolicy: 'allow-all' })]),
      nodes: ['cf'],
    },
    {
      design: design([
        node('cf', 'cloudfront', undefined, {
          originProtocolPolicy: 'http-only',
          viewerProtocolPolicy: 'allow-all',
        }),
      ]),
      nodes: ['cf'],
    },
  ],
};
