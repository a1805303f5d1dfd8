import type { Rule } from '../../types.ts';

/** PERF02-BP03: scaling on five-minute metrics reacts five minutes late. */
export const rule: Rule = {
  id: 'asg-instances-basic-monitoring',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF02-BP03',
  choiceId: 'perf_compute_hardware_collect_compute_related_metrics',
  severity: 'high',
  title: 'Auto-scaled instances publish metrics only every five minutes',
  rationale:
    'With basic monitoring EC2 publishes its metrics every five minutes, so a target-tracking policy on CPU or requests sees a surge up to five minutes late and adds capacity after users have felt it. Detailed monitoring publishes every minute.',
  remediation:
    'Turn on detailed monitoring for instances in Auto Scaling groups that scale on their metrics.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_compute_hardware_collect_compute_related_metrics.html',
  services: ['ec2-instance', 'auto-scaling-group'],
  topology: true,
  check: (ctx) =>
    ctx.nodesOf('ec2-instance').flatMap((i) => {
      const asg = ctx.ancestor(i, 'auto-scaling-group');
      if (
        !asg ||
        ctx.prop(asg, 'scalingMetric') === 'none' ||
        ctx.prop(i, 'detailedMonitoring') !== false
      )
        return [];
      return [
        {
          nodes: [i.id],
          message: `${i.label ?? i.id} scales in ${asg.label ?? asg.id} on five-minute metrics`,
          fix: {
            title: 'Turn on detailed monitoring',
            node: i.id,
            props: { detailedMonitoring: true },
          },
        },
      ];
    }),
};
