import type { PropValue } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';

/** x86 families and their Graviton counterparts, preferred first. */
export const GRAVITON: Record<string, string[]> = {
  t3: ['t4g'],
  t3a: ['t4g'],
  m5: ['m7g', 'm6g'],
  m6i: ['m7g', 'm6g'],
  m7i: ['m7g'],
  c5: ['c7g', 'c6g'],
  c6i: ['c7g', 'c6g'],
  c7i: ['c7g'],
  r5: ['r7g', 'r6g'],
  r6i: ['r7g', 'r6g'],
  r7i: ['r7g'],
};

/** Instance-type properties per service. */
const KEYS: Record<string, string[]> = {
  'ec2-instance': ['instanceType'],
  'elastic-beanstalk': ['instanceType'],
  'eks-cluster': ['nodeInstanceType'],
  'emr-cluster': ['primaryInstanceType', 'coreInstanceType'],
};

/** SUS05-BP02: Graviton instances do the same work with less energy. */
export const rule: Rule = {
  id: 'instance-x86-where-graviton-fits',
  pillar: 'sustainability',
  bestPractice: 'SUS05-BP02',
  choiceId: 'sus_sus_hardware_a3',
  severity: 'medium',
  title: 'Instances run on x86 where a Graviton equivalent exists',
  rationale:
    'Graviton3 instances use up to 60% less energy than comparable x86 instances for the same performance, and Graviton types give up to about a third better price performance; most Linux workloads on interpreted or JVM runtimes move without code changes.',
  remediation:
    'Move to the Graviton type of the same kind and size (t3 to t4g, m5 to m7g, c5 to c7g, r5 to r7g) after testing the software on arm64.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_hardware_a3.html',
  services: Object.keys(KEYS),
  topology: false,
  checkNode: (n, ctx) => {
    const props: Record<string, PropValue> = {};
    const types: string[] = [];
    for (const key of KEYS[n.service]) {
      const type = String(ctx.prop(n, key) ?? '');
      const [family, size] = type.split('.');
      const targets = GRAVITON[family];
      if (!targets || !size) continue;
      types.push(type);
      const allowed = ctx.entry(n)?.properties.find((p) => p.key === key)?.allowed ?? [];
      const next = targets.map((f) => `${f}.${size}`).find((t) => allowed.includes(t));
      if (next) props[key] = next;
    }
    if (types.length === 0) return null;
    const hit = {
      nodes: [n.id],
      message: `${n.label ?? n.id} runs on x86 (${types.join(', ')}) where Graviton would fit`,
    };
    // Offer the fix only when it moves every flagged type, so that applying it clears the finding.
    return Object.keys(props).length === types.length
      ? { ...hit, fix: { title: 'Move to Graviton', node: n.id, props } }
      : hit;
  },
};
