import { design, node } from '../../../../../test-support/design.ts';

/** The default x86 project is a hit (the fix also swaps the image); an arm64 one is not. */
export const fixtures = {
  compliant: [
    design([
      node('build', 'codebuild', undefined, {
        architecture: 'arm64',
        image: 'aws/codebuild/amazonlinux-aarch64-standard:3.0',
      }),
    ]),
  ],
  nonCompliant: [{ design: design([node('build', 'codebuild')]), nodes: ['build'] }],
};
