import type { Rule } from '../../types.ts';

/** Per service: the class property and x86 class to Graviton class (null: the class exists on Graviton but is not offered here). */
const MOVES: Record<string, { key: string; to: Record<string, string | null> }> = {
  'rds-instance': {
    key: 'instanceClass',
    to: {
      'db.m5.large': 'db.m6g.large',
      'db.r5.large': 'db.r6g.large',
      'db.t3.micro': null,
      'db.t3.medium': null,
    },
  },
  'aurora-cluster': { key: 'instanceClass', to: { 'db.t3.medium': null } },
  'documentdb-cluster': {
    key: 'instanceClass',
    to: { 'db.t3.medium': 'db.t4g.medium', 'db.r5.large': 'db.r6g.large' },
  },
  'neptune-cluster': { key: 'instanceClass', to: { 'db.r5.large': 'db.r6g.large' } },
  elasticache: {
    key: 'nodeType',
    to: { 'cache.t3.micro': 'cache.t4g.micro', 'cache.t3.medium': null },
  },
  'msk-cluster': {
    key: 'brokerInstanceType',
    to: { 'kafka.m5.large': 'kafka.m7g.large', 'kafka.m5.xlarge': 'kafka.m7g.xlarge' },
  },
  'mq-broker': {
    key: 'hostInstanceType',
    to: { 'mq.m5.large': 'mq.m7g.large', 'mq.m5.xlarge': null, 'mq.m5.2xlarge': null },
  },
};

/** SUS05-BP02: managed databases, caches and brokers offer Graviton classes for the same engines. */
export const rule: Rule = {
  id: 'data-store-x86-where-graviton-fits',
  pillar: 'sustainability',
  bestPractice: 'SUS05-BP02',
  choiceId: 'sus_sus_hardware_a3',
  severity: 'medium',
  title: 'Managed data store runs on an x86 class where a Graviton class exists',
  rationale:
    'For managed engines the processor is invisible to the application, so moving to a Graviton class ("g" in the name, such as db.r6g.large) only changes the hardware: less energy for the same work and up to about 50% better price performance for open-source databases.',
  remediation: 'Change the instance class to its Graviton equivalent during a maintenance window.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_hardware_a3.html',
  services: Object.keys(MOVES),
  topology: false,
  checkNode: (n, ctx) => {
    const { key, to } = MOVES[n.service];
    const current = String(ctx.prop(n, key) ?? '');
    if (!(current in to)) return null;
    if (n.service === 'aurora-cluster' && ctx.prop(n, 'capacityMode') !== 'provisioned')
      return null;
    if (n.service === 'elasticache' && ctx.prop(n, 'deployment') !== 'node-based') return null;
    const next = to[current];
    const hit = { nodes: [n.id], message: `${n.label ?? n.id} runs on x86 class ${current}` };
    return next
      ? { ...hit, fix: { title: `Use ${next}`, node: n.id, props: { [key]: next } } }
      : hit;
  },
};
