import { design, node } from '../../../../../test-support/design.ts';

/** Ten years in CloudWatch Logs is a hit; a year or less is not. */
export const fixtures = {
  compliant: [
    design([node('logs', 'cloudwatch-logs')]),
    design([node('logs', 'cloudwatch-logs', undefined, { retentionDays: 365 })]),
  ],
  nonCompliant: [
    {
      design: design([node('logs', 'cloudwatch-logs', undefined, { retentionDays: 3653 })]),
      nodes: ['logs'],
    },
  ],
};
