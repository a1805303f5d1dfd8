import type { Rule } from '../../types.ts';

const KEYS: Record<string, string> = {
  'ec2-instance': 'instanceType',
  'elastic-beanstalk': 'instanceType',
  'aurora-cluster': 'instanceClass',
  'documentdb-cluster': 'instanceClass',
  'neptune-cluster': 'instanceClass',
};

/** Sizes from xlarge up: four or more vCPUs. */
const LARGE_SIZES = /^(\d*)xlarge$/;
/** Accelerated families sized for their GPU, not for load. */
const ACCELERATED = /^(g|p|inf|trn|dl)\d/;

/** SUS05-BP01: development and test rarely need more than a large instance. */
export const rule: Rule = {
  id: 'oversized-nonprod-instance',
  pillar: 'sustainability',
  bestPractice: 'SUS05-BP01',
  choiceId: 'sus_sus_hardware_a2',
  severity: 'medium',
  title: 'Non-production instance is xlarge or bigger',
  rationale:
    'Hardware that is provisioned but not used still draws power and has an embodied-carbon cost; development and test load seldom needs four or more vCPUs per instance, and a larger size can be picked when a test shows the need.',
  remediation: 'Use the large (or a smaller) size of the same family in non-production and right-size from measured utilisation.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_hardware_a2.html',
  services: Object.keys(KEYS),
  topology: false,
  needsContext: ['environment'],
  checkNode: (n, ctx) => {
    const env = ctx.design.context?.environment;
    if (!env || env === 'production') return null;
    const key = KEYS[n.service];
    const type = String(ctx.prop(n, key) ?? '');
    const parts = type.split('.');
    const size = parts[parts.length - 1];
    const family = parts[parts.length - 2] ?? '';
    if (!LARGE_SIZES.test(size) || ACCELERATED.test(family)) return null;
    const smaller = [...parts.slice(0, -1), 'large'].join('.');
    const allowed = ctx.entry(n)?.properties.find((p) => p.key === key)?.allowed ?? [];
    const hit = { nodes: [n.id], message: `${n.label ?? n.id} uses ${type} in a ${env} environment` };
    return allowed.includes(smaller) ? { ...hit, fix: { title: `Use ${smaller}`, node: n.id, props: { [key]: smaller } } } : hit;
  },
};
