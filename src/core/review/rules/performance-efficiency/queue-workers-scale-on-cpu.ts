import { connectionRule } from '../../../catalog/index.ts';
import { outgoingOf } from '../../../model/graph.ts';
import type { RuleHit, Rule } from '../../types.ts';

/** PERF02-BP05: queue workers scaled on CPU add capacity late, after the backlog has built up. */
export const rule: Rule = {
  id: 'queue-workers-scale-on-cpu',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF02-BP05',
  choiceId: 'perf_compute_hardware_scale_compute_resources_dynamically',
  severity: 'high',
  title: 'Auto Scaling group of queue workers does not scale on queue depth',
  rationale:
    'Workers that wait on I/O show little CPU while messages pile up, so a CPU target adds instances late or never; the backlog per instance is the measure of the demand they serve.',
  remediation:
    'Scale the group on the queue backlog (visible messages per instance) instead of CPU.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_compute_hardware_scale_compute_resources_dynamically.html',
  services: ['auto-scaling-group', 'ec2-instance', 'sqs-queue'],
  topology: true,
  check: (ctx) => {
    const hits = new Map<string, RuleHit>();
    for (const worker of ctx.nodesOf('ec2-instance')) {
      const asg = ctx.ancestor(worker, 'auto-scaling-group');
      if (!asg || ctx.prop(asg, 'scalingMetric') === 'queue-depth') continue;
      const queues = outgoingOf(ctx.index, worker.id).filter((e) => {
        const q = ctx.index.nodes.get(e.target);
        if (q?.service !== 'sqs-queue') return false;
        const meaning = e.meaning ?? connectionRule(worker.service, q.service)?.meaning;
        return meaning === 'read' || meaning === 'subscribe';
      });
      if (queues.length === 0) continue;
      const hit = hits.get(asg.id) ?? {
        nodes: [asg.id],
        message: `${asg.label ?? asg.id} consumes a queue but scales on ${String(ctx.prop(asg, 'scalingMetric'))}`,
        fix: {
          title: 'Scale on queue depth',
          node: asg.id,
          props: { scalingMetric: 'queue-depth' },
        },
      };
      for (const id of [worker.id, ...queues.map((e) => e.target)])
        if (!hit.nodes.includes(id)) hit.nodes.push(id);
      hits.set(asg.id, hit);
    }
    return [...hits.values()];
  },
};
