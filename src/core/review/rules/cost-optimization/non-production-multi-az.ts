import type { PropValue } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';
import { hitOn, isNonProduction, nameOf, wa } from '../helpers.ts';

/** Per service: whether it runs redundant copies across AZs, and the settings for one AZ. */
const TABLE: Record<
  string,
  {
    redundant: (get: (k: string) => PropValue | undefined) => boolean;
    single: Record<string, PropValue>;
  }
> = {
  'rds-instance': { redundant: (get) => get('multiAz') === true, single: { multiAz: false } },
  'efs-file-system': { redundant: (get) => get('multiAz') === true, single: { multiAz: false } },
  'fsx-windows': { redundant: (get) => get('multiAz') === true, single: { multiAz: false } },
  'opensearch-domain': { redundant: (get) => get('multiAz') === true, single: { multiAz: false } },
  elasticache: {
    redundant: (get) => get('deployment') === 'node-based' && Number(get('replicasPerShard')) > 0,
    single: { multiAz: false, replicasPerShard: 0 },
  },
  'mq-broker': {
    redundant: (get) => get('deploymentMode') !== 'SINGLE_INSTANCE',
    single: { deploymentMode: 'SINGLE_INSTANCE' },
  },
};

/** Flags: Multi-AZ redundancy in a non-production environment. */
export const rule: Rule = {
  id: 'non-production-multi-az',
  pillar: 'cost-optimization',
  bestPractice: 'COST05-BP01',
  severity: 'medium',
  title: 'Multi-AZ redundancy in a non-production environment',
  rationale:
    'A Multi-AZ standby or replica roughly doubles the price of a database or cache; development and test copies rarely need to survive an AZ failure.',
  remediation:
    'Run non-production copies in a single AZ (One Zone storage, no standby or replicas) unless you test failover there.',
  docs: wa('COST05-BP01'),
  services: Object.keys(TABLE),
  topology: false,
  needsContext: ['environment'],
  checkNode: (node, ctx) => {
    const row = TABLE[node.service];
    if (!isNonProduction(ctx) || !row.redundant((k) => ctx.prop(node, k))) return null;
    return hitOn(
      node,
      `${ctx.entry(node)?.name ?? node.service} ${nameOf(node)} pays for Multi-AZ in a ${ctx.design.context?.environment} environment`,
      {
        title: 'Run in one AZ',
        props: row.single,
      },
    );
  },
};
