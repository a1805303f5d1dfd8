import type { RuleHit, Rule } from '../../types.ts';
import { DEPLOYED_SERVICES } from './no-deployment-pipeline.ts';

const DATA_SERVICES = ['rds-instance', 'aurora-cluster', 'dynamodb-table', 's3-bucket'];

/** OPS05-BP03: without AWS Config and CloudTrail nobody can tell what changed before an incident. */
export const rule: Rule = {
  id: 'production-without-change-history',
  pillar: 'operational-excellence',
  bestPractice: 'OPS05-BP03',
  choiceId: 'ops_dev_integ_conf_mgmt_sys',
  severity: 'medium',
  title: 'Production account design records no configuration or API history',
  rationale:
    'AWS Config keeps the history of every resource\'s configuration and CloudTrail the API calls that changed it; without them a team cannot see which change broke production or prove what the settings were.',
  remediation:
    'Add an AWS Config recorder that records all resources and a CloudTrail trail (or a Control Tower landing zone that sets both up) to the production account.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_dev_integ_conf_mgmt_sys.html',
  services: [...DEPLOYED_SERVICES, ...DATA_SERVICES, 'config', 'cloudtrail', 'control-tower'],
  topology: true,
  needsContext: ['environment'],
  check: (ctx) => {
    if (ctx.design.context?.environment !== 'production') return [];
    if (ctx.nodesOf(...DEPLOYED_SERVICES, ...DATA_SERVICES).length === 0) return [];
    if (ctx.nodesOf('control-tower').length > 0) return [];
    const hits: RuleHit[] = [];
    const configs = ctx.nodesOf('config');
    const missing: string[] = [];
    if (configs.length === 0) missing.push('AWS Config');
    if (ctx.nodesOf('cloudtrail').length === 0) missing.push('CloudTrail');
    if (missing.length > 0) hits.push({ nodes: [], message: `Production design has no ${missing.join(' and no ')}` });
    if (configs.length > 0 && configs.every((c) => ctx.prop(c, 'recordAllResources') === false)) {
      const c = configs[0];
      hits.push({
        nodes: configs.map((x) => x.id),
        message: `AWS Config ${c.label ?? c.id} does not record all resources`,
        fix: { title: 'Record all resources', node: c.id, props: { recordAllResources: true } },
      });
    }
    return hits;
  },
};
