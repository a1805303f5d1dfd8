import type { Rule } from '../../types.ts';

/** PERF02-BP05: instances registered by hand behind a load balancer cannot follow demand. */
export const rule: Rule = {
  id: 'instances-behind-load-balancer-not-auto-scaled',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF02-BP05',
  choiceId: 'perf_compute_hardware_scale_compute_resources_dynamically',
  severity: 'high',
  title: 'Load balancer targets are fixed instances outside an Auto Scaling group',
  rationale:
    'A load balancer in front of a fixed set of instances spreads the load but cannot add capacity: at a peak every instance slows down together, and off-peak the idle ones keep running. Busy and quiet hours can differ more than tenfold.',
  remediation: 'Place the instances in an Auto Scaling group registered with the load balancer, scaling on request count or CPU.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_compute_hardware_scale_compute_resources_dynamically.html',
  services: ['application-load-balancer', 'network-load-balancer', 'ec2-instance'],
  topology: true,
  check: (ctx) =>
    ctx.nodesOf('application-load-balancer', 'network-load-balancer').flatMap((lb) => {
      const fixed = ctx.targets(lb, 'ec2-instance').filter((i) => !ctx.ancestor(i, 'auto-scaling-group'));
      if (fixed.length === 0) return [];
      return [{ nodes: [lb.id, ...fixed.map((i) => i.id)], message: `${lb.label ?? lb.id} routes to ${fixed.length} instance(s) that no Auto Scaling group manages` }];
    }),
};
