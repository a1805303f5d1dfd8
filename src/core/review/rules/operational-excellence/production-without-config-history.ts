import type { RuleHit, Rule } from '../../types.ts';
import { DEPLOYED_SERVICES } from './no-deployment-pipeline.ts';

const DATA_SERVICES = ['rds-instance', 'aurora-cluster', 'dynamodb-table', 's3-bucket'];

/** OPS05-BP03: without a configuration recorder nobody can tell which setting changed before an incident. */
export const rule: Rule = {
  id: 'production-without-config-history',
  pillar: 'operational-excellence',
  bestPractice: 'OPS05-BP03',
  choiceId: 'ops_dev_integ_conf_mgmt_sys',
  severity: 'medium',
  title: 'Production account design records no configuration history',
  rationale:
    "AWS Config keeps the history of every resource's configuration and checks it against rules; without it a team cannot see which setting changed before production broke, nor show what the configuration was at a given time. (API activity itself is CloudTrail's, checked by the security rules.)",
  remediation:
    'Add an AWS Config recorder that records all resources, with rules for the settings the workload depends on, or a Control Tower landing zone that sets one up in every account.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_dev_integ_conf_mgmt_sys.html',
  services: [...DEPLOYED_SERVICES, ...DATA_SERVICES, 'config', 'control-tower'],
  topology: true,
  needsContext: ['environment'],
  check: (ctx) => {
    if (ctx.design.context?.environment !== 'production') return [];
    if (
      ctx.nodesOf(...DEPLOYED_SERVICES, ...DATA_SERVICES).length === 0 ||
      ctx.nodesOf('control-tower').length > 0
    )
      return [];
    const configs = ctx.nodesOf('config');
    if (configs.length === 0)
      return [{ nodes: [], message: 'Production design has no AWS Config recorder' }];
    if (configs.some((c) => ctx.prop(c, 'recordAllResources') !== false)) return [];
    const hit: RuleHit = {
      nodes: configs.map((c) => c.id),
      message: `AWS Config ${configs[0].label ?? configs[0].id} does not record all resources`,
      fix: {
        title: 'Record all resources',
        node: configs[0].id,
        props: { recordAllResources: true },
      },
    };
    return [hit];
  },
};
