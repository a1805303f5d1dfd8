import { design, region, vpc, type RuleFixtures } from '../../../../../test-support/design.ts';

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([region('r', 'us-east-1'), vpc('v', 'r', '10.0.0.0/16', { flowLogs: true })])],
  nonCompliant: [{ design: design([region('r', 'us-east-1'), vpc('v', 'r')]), nodes: ['v'] }],
};
