import type { Rule } from '../../types.ts';

/** Previous-generation x86 families and the current ones of the same kind, most recent first. */
const SUCCESSORS: Record<string, string[]> = {
  m5: ['m7i', 'm6i'],
  c5: ['c7i', 'c6i'],
  r5: ['r7i', 'r6i'],
};
const KEYS: Record<string, string> = {
  'ec2-instance': 'instanceType',
  'elastic-beanstalk': 'instanceType',
  'eks-cluster': 'nodeInstanceType',
};

/** PERF02-BP02: newer instance generations give more performance for the same size and price. */
export const rule: Rule = {
  id: 'previous-generation-instance-type',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF02-BP02',
  choiceId: 'perf_compute_hardware_understand_compute_configuration_features',
  severity: 'medium',
  title: 'Instances use a previous generation',
  rationale:
    'M5, C5 and R5 instances are two generations behind: M6i/M7i and their C and R peers give noticeably more performance per vCPU, with faster networking and EBS, at the same or a similar price.',
  remediation:
    'Move to the current generation of the same family and size (for example m5.large to m7i.large), or to Graviton where the software allows.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_compute_hardware_understand_compute_configuration_features.html',
  services: Object.keys(KEYS),
  topology: false,
  checkNode: (n, ctx) => {
    const key = KEYS[n.service];
    const type = String(ctx.prop(n, key) ?? '');
    const [family, size] = type.split('.');
    const next = SUCCESSORS[family];
    if (!next || !size) return null;
    const allowed = ctx.entry(n)?.properties.find((p) => p.key === key)?.allowed ?? [];
    const successor = next.map((f) => `${f}.${size}`).find((t) => allowed.includes(t));
    const hit = { nodes: [n.id], message: `${n.label ?? n.id} uses previous-generation ${type}` };
    return successor
      ? { ...hit, fix: { title: `Use ${successor}`, node: n.id, props: { [key]: successor } } }
      : hit;
  },
};
