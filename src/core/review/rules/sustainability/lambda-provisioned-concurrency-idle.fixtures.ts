import { design, node } from '../../../../../test-support/design.ts';

const fn = (provisionedConcurrency: number, requestsPerMonth: number) => ({
  ...node('fn', 'lambda-function', undefined, { provisionedConcurrency }),
  usage: { requestsPerMonth, avgDurationMs: 200 },
});

/** 5 M requests of 200 ms average 0.4 concurrent: 10 warm environments are idle, 1 is not. */
export const fixtures = {
  compliant: [design([fn(1, 5_000_000)]), design([fn(0, 5_000_000)])],
  nonCompliant: [{ design: design([fn(10, 5_000_000)]), nodes: ['fn'] }],
};
