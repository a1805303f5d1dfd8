import { design, edge, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const q = node('q', 'sqs-queue', undefined, { visibilityTimeoutSeconds: 30 });
const slow = node('fn', 'lambda-function', undefined, { timeoutSeconds: 60 });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([q, node('fn', 'lambda-function', undefined, { timeoutSeconds: 5 })], [edge(q, slow)]),
    design([node('q', 'sqs-queue'), slow]),
  ],
  nonCompliant: [{ design: design([q, slow], [edge(q, slow)]), nodes: ['fn', 'q'] }],
};
