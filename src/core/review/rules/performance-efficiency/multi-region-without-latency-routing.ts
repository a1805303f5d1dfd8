import type { Rule } from '../../types.ts';

/** PERF04-BP06: simple DNS routing sends users to any Region, not the nearest one. */
export const rule: Rule = {
  id: 'multi-region-without-latency-routing',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF04-BP06',
  choiceId: 'perf_networking_choose_workload_location_network_requirements',
  severity: 'medium',
  title: 'Active Regions are reached through simple DNS routing',
  rationale:
    'When the same application runs in several Regions, simple routing answers with the records in no particular order, so users are as likely to reach the far Region as the near one and pay its latency on every call.',
  remediation:
    'Use latency-based (or geoproximity) routing in Route 53 so that each user resolves to the Region with the lowest latency for them.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_networking_choose_workload_location_network_requirements.html',
  services: ['route53', 'region'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('route53')
      .filter((dns) => ctx.prop(dns, 'routingPolicy') === 'simple')
      .flatMap((dns) => {
        const targets = ctx.targets(dns);
        const regions = new Set(targets.map((t) => ctx.regionOf(t)));
        const standby = targets.some((t) => {
          const r = ctx.ancestor(t, 'region');
          return r !== undefined && ctx.prop(r, 'role') !== 'primary';
        });
        if (regions.size < 2 || standby) return [];
        return [
          {
            nodes: [dns.id, ...targets.map((t) => t.id)],
            message: `${dns.label ?? dns.id} routes to ${regions.size} Regions with simple routing`,
            fix: {
              title: 'Use latency-based routing',
              node: dns.id,
              props: { routingPolicy: 'latency' },
            },
          },
        ];
      }),
};
