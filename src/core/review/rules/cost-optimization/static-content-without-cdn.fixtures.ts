import { design, edge, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const users = node('users', 'users');
const cf = node('cf', 'cloudfront');
const bucket = node('site', 's3-bucket');

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([users, cf, bucket], [edge(users, cf), edge(cf, bucket)])],
  nonCompliant: [
    { design: design([users, bucket], [edge(users, bucket)]), nodes: ['site', 'users'] },
  ],
};
