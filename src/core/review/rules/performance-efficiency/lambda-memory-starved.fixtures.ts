import { design, node } from '../../../../../test-support/design.ts';

const fn = (memoryMb: number, avgDurationMs: number) => ({
  ...node('fn', 'lambda-function', undefined, { memoryMb }),
  usage: { avgDurationMs },
});

/** Seconds of work at 128 MB is a hit; short functions or well-sized ones are not. */
export const fixtures = {
  compliant: [design([fn(128, 100)]), design([fn(1024, 3000)])],
  nonCompliant: [{ design: design([fn(128, 3000)]), nodes: ['fn'] }],
};
