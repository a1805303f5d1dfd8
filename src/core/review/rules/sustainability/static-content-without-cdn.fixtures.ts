import { design, edge, node } from '../../../../../test-support/design.ts';

const users = node('users', 'users');
const bucket = node('site', 's3-bucket');
const cdn = node('cdn', 'cloudfront');

/** Users go through CloudFront, not to the bucket. */
export const fixtures = {
  compliant: [design([users, cdn, bucket], [edge(users, cdn), edge(cdn, bucket)])],
  nonCompliant: [{ design: design([users, bucket], [edge(users, bucket)]), nodes: ['site', 'users'] }],
};
