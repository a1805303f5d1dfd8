import type { Rule } from '../../types.ts';

/** Per service: the class property and the steady-performance class the fix moves to. */
const CLASS_KEYS: Record<string, { key: string; steady: string }> = {
  'rds-instance': { key: 'instanceClass', steady: 'db.m6g.large' },
  'aurora-cluster': { key: 'instanceClass', steady: 'db.r6g.large' },
  'documentdb-cluster': { key: 'instanceClass', steady: 'db.r6g.large' },
  'neptune-cluster': { key: 'instanceClass', steady: 'db.r6g.large' },
  elasticache: { key: 'nodeType', steady: 'cache.m6g.large' },
  memorydb: { key: 'nodeType', steady: 'db.r7g.large' },
  'dax-cluster': { key: 'nodeType', steady: 'dax.r5.large' },
  'opensearch-domain': { key: 'instanceType', steady: 'm7g.large.search' },
  'msk-cluster': { key: 'brokerInstanceType', steady: 'kafka.m7g.large' },
  'mq-broker': { key: 'hostInstanceType', steady: 'mq.m7g.medium' },
};

/** Burstable classes: t2, t3, t4g with any prefix (db., cache., dax., kafka., mq.). */
const BURSTABLE = /^(?:[a-z]+\.)?t\d+g?\./;

/** PERF03-BP02: burstable classes throttle to a baseline once their CPU credits run out. */
export const rule: Rule = {
  id: 'burstable-data-store-in-production',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF03-BP02',
  choiceId: 'perf_data_evaluate_configuration_options_data_store',
  severity: 'medium',
  title: 'Production data store runs on a burstable (T) class',
  rationale:
    'T-class database, cache, search and broker nodes run at a low CPU baseline and burst on credits; under sustained production load the credits run out and the store slows to the baseline, often during the busiest hour.',
  remediation:
    'Use a general-purpose or memory-optimised class (M, R) for production data stores and keep T classes for development and tests.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_data_evaluate_configuration_options_data_store.html',
  services: Object.keys(CLASS_KEYS),
  topology: false,
  needsContext: ['environment'],
  checkNode: (n, ctx) => {
    if (ctx.design.context?.environment !== 'production') return null;
    const spec = CLASS_KEYS[n.service];
    if (n.service === 'aurora-cluster' && ctx.prop(n, 'capacityMode') === 'serverless_v2')
      return null;
    if (n.service === 'elasticache' && ctx.prop(n, 'deployment') === 'serverless') return null;
    const current = String(ctx.prop(n, spec.key) ?? '');
    if (!BURSTABLE.test(current)) return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} runs production on burstable ${current}`,
      fix: { title: `Use ${spec.steady}`, node: n.id, props: { [spec.key]: spec.steady } },
    };
  },
};
