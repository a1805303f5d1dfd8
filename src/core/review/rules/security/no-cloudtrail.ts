import type { Rule } from '../../types.ts';
import { wa } from '../helpers.ts';

// Services whose presence makes a design a workload worth an audit trail.
const WORKLOAD = [
  'ec2-instance',
  'lambda-function',
  'ecs-service',
  'eks-cluster',
  'rds-instance',
  'aurora-cluster',
  'dynamodb-table',
  's3-bucket',
  'api-gateway',
];

/** Flags: No CloudTrail trail in the design. */
export const rule: Rule = {
  id: 'no-cloudtrail',
  pillar: 'security',
  bestPractice: 'SEC04-BP01',
  severity: 'high',
  title: 'No CloudTrail trail in the design',
  rationale:
    'CloudTrail records who called which AWS API, from where and when; without a trail kept beyond the 90-day event history, a security investigation has no record of control-plane activity.',
  remediation:
    'Add a multi-Region (or organization) trail delivering to a locked-down S3 bucket, with log file validation on.',
  docs: wa('SEC04-BP01'),
  services: [...WORKLOAD, 'cloudtrail'],
  topology: true,
  check: (ctx) => {
    const count = (s: string) => ctx.index.byService.get(s)?.length ?? 0;
    if (count('cloudtrail') > 0 || !WORKLOAD.some((s) => count(s) > 0)) return [];
    return [{ nodes: [], message: 'The design has workloads but no CloudTrail trail' }];
  },
};
