import type { PropValue } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';

/** PERF02-BP05: an Auto Scaling group with no scaling policy or no room to grow is fixed capacity. */
export const rule: Rule = {
  id: 'asg-fixed-capacity',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF02-BP05',
  choiceId: 'perf_compute_hardware_scale_compute_resources_dynamically',
  severity: 'high',
  title: 'Auto Scaling group cannot scale',
  rationale:
    'A group with no scaling metric, or whose minimum equals its maximum, replaces failed instances but never adds capacity for a peak nor removes it afterwards; demand that varies by ten times between busy and idle hours is then either slow or wasteful.',
  remediation:
    'Give the group a target-tracking metric (CPU, requests per target or queue depth) and a maximum above its minimum.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_compute_hardware_scale_compute_resources_dynamically.html',
  services: ['auto-scaling-group'],
  topology: false,
  checkNode: (n, ctx) => {
    const min = Number(ctx.prop(n, 'minSize') ?? 0);
    const max = Number(ctx.prop(n, 'maxSize') ?? 0);
    const props: Record<string, PropValue> = {};
    if (ctx.prop(n, 'scalingMetric') === 'none') props.scalingMetric = 'cpu';
    if (max <= min) props.maxSize = Math.max(min * 2, min + 1);
    if (Object.keys(props).length === 0) return null;
    return {
      nodes: [n.id],
      message: props.scalingMetric
        ? `${n.label ?? n.id} has no scaling metric`
        : `${n.label ?? n.id} has the same minimum and maximum (${min})`,
      fix: { title: 'Let the group scale', node: n.id, props },
    };
  },
};
