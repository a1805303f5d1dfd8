import type { PropValue } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';

/** Per service: the setting that adds a standby in another zone, and the value without it. */
const STANDBY: Record<string, { key: string; on: PropValue; off: PropValue }> = {
  'rds-instance': { key: 'multiAz', on: true, off: false },
  'aurora-cluster': { key: 'multiAz', on: true, off: false },
  elasticache: { key: 'multiAz', on: true, off: false },
  'opensearch-domain': { key: 'multiAz', on: true, off: false },
  'redshift-cluster': { key: 'multiAz', on: true, off: false },
  'fsx-windows': { key: 'multiAz', on: true, off: false },
  dms: { key: 'multiAz', on: true, off: false },
  'mq-broker': { key: 'deploymentMode', on: 'ACTIVE_STANDBY_MULTI_AZ', off: 'SINGLE_INSTANCE' },
};

/** SUS02-BP02: a standby copy serves an availability target that development and test do not have. */
export const rule: Rule = {
  id: 'nonprod-multi-az-standby',
  pillar: 'sustainability',
  bestPractice: 'SUS02-BP02',
  choiceId: 'sus_sus_user_a3',
  severity: 'low',
  title: 'Non-production data store keeps a Multi-AZ standby',
  rationale:
    'A Multi-AZ standby doubles the instances and storage that run to meet an availability target; development and test environments rarely have one, so the standby mostly consumes energy.',
  remediation: 'Run non-production databases, caches and brokers in a single Availability Zone and keep Multi-AZ for production.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_user_a3.html',
  services: Object.keys(STANDBY),
  topology: false,
  needsContext: ['environment'],
  checkNode: (n, ctx) => {
    const env = ctx.design.context?.environment;
    if (!env || env === 'production') return null;
    const s = STANDBY[n.service];
    const value = ctx.prop(n, s.key);
    if (s.key === 'deploymentMode' ? value === s.off : value !== s.on) return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} keeps a standby in another zone in a ${env} environment`,
      fix: { title: 'Run in a single Availability Zone', node: n.id, props: { [s.key]: s.off } },
    };
  },
};
