import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const year = node('logs', 'cloudwatch-logs', undefined, { retentionDays: 365 });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([year], [], { environment: 'production' }),
    design([node('logs', 'cloudwatch-logs')], [], { environment: 'development' }),
  ],
  nonCompliant: [{ design: design([year], [], { environment: 'test' }), nodes: ['logs'] }],
};
