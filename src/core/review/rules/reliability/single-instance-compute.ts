import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

const TABLE: SettingTable = {
  'ecs-service': { key: 'desiredCount', bad: [0, 1], fix: 2 },
  fargate: { key: 'desiredCount', bad: [0, 1], fix: 2 },
  'app-runner': { key: 'minInstances', bad: [1], fix: 2 },
  'elastic-beanstalk': { key: 'environmentType', bad: ['single-instance'], fix: 'load-balanced' },
  'auto-scaling-group': { key: 'minSize', bad: [0, 1], fix: 2 },
};

/** Flags: Production service runs a single instance. */
export const rule: Rule = {
  id: 'single-instance-compute',
  pillar: 'reliability',
  bestPractice: 'REL10-BP01',
  severity: 'high',
  title: 'Production service runs a single instance',
  rationale:
    'With one task or instance, every deployment, host failure or AZ event is an outage until a replacement starts; two or more spread over AZs keep serving meanwhile.',
  remediation: 'Run at least two tasks or instances in different AZs behind the load balancer.',
  docs: wa('REL10-BP01'),
  services: Object.keys(TABLE),
  topology: false,
  needsContext: ['environment'],
  checkNode: (node, ctx) => {
    if (ctx.design.context?.environment !== 'production') return null;
    return checkSetting(
      node,
      ctx,
      TABLE,
      (n) => `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} runs a single instance in production`,
      'Run two instances',
    );
  },
};
