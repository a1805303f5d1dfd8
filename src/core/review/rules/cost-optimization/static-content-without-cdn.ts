import type { Rule, RuleHit } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

const ORIGINS = [
  's3-bucket',
  'application-load-balancer',
  'api-gateway',
  'ec2-instance',
  'elastic-beanstalk',
  'lightsail',
  'app-runner',
];

/** Flags: Users fetch content straight from the origin. */
export const rule: Rule = {
  id: 'static-content-without-cdn',
  pillar: 'cost-optimization',
  bestPractice: 'COST08-BP03',
  severity: 'low',
  title: 'Users fetch content straight from the origin',
  rationale:
    'Data sent to the internet from a Region costs more per GB than the same data served from CloudFront, where transfer from AWS origins is free and cached responses never reach the origin.',
  remediation:
    'Put a CloudFront distribution between users and the bucket, load balancer or API, with caching for static and cacheable responses.',
  docs: wa('COST08-BP03'),
  services: [...ORIGINS, 'users'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const users of ctx.nodesOf('users')) {
      for (const origin of ctx.targets(users, ...ORIGINS)) {
        hits.push({
          nodes: [origin.id, users.id],
          message: `${nameOf(users)} download from ${nameOf(origin)} with no CloudFront in front`,
        });
      }
    }
    return hits;
  },
};
