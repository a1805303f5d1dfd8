import { design, edge, node } from '../../../../../test-support/design.ts';

const schedule = (scheduleExpression: string) =>
  node('every', 'eventbridge-scheduler', undefined, { scheduleExpression });
const fn = node('fn', 'lambda-function');

/** Every minute is polling; hourly is periodic work. */
export const fixtures = {
  compliant: [
    design([schedule('rate(1 hour)'), fn], [edge('every', 'fn')]),
    design([schedule('cron(0 5 * * ? *)'), fn], [edge('every', 'fn')]),
  ],
  nonCompliant: [
    {
      design: design([schedule('rate(1 minute)'), fn], [edge('every', 'fn')]),
      nodes: ['every', 'fn'],
    },
    {
      design: design([schedule('cron(*/2 * * * ? *)'), fn], [edge('every', 'fn')]),
      nodes: ['every', 'fn'],
    },
  ],
};
