import type { Rule } from '../../types.ts';

/** PERF04-BP04: without cross-zone balancing an NLB splits traffic by zone, not by target. */
export const rule: Rule = {
  id: 'nlb-cross-zone-uneven-targets',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF04-BP04',
  choiceId: 'perf_networking_load_balancing_distribute_traffic',
  severity: 'high',
  title: 'Network Load Balancer without cross-zone balancing has unequal targets per zone',
  rationale:
    'With cross-zone load balancing off, each zone of a Network Load Balancer gets the same share of traffic whatever its number of targets, so targets in the zone with fewer of them run hotter and slow down first.',
  remediation:
    'Turn on cross-zone load balancing, or keep the same number of targets in every Availability Zone.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_networking_load_balancing_distribute_traffic.html',
  services: ['network-load-balancer'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('network-load-balancer')
      .filter((lb) => ctx.prop(lb, 'crossZone') === false)
      .flatMap((lb) => {
        const targets = ctx.targets(lb);
        const perZone = new Map<string, number>();
        for (const t of targets) {
          const zone = ctx.zonesOf(t)[0];
          if (zone) perZone.set(zone, (perZone.get(zone) ?? 0) + 1);
        }
        const counts = [...perZone.values()];
        if (counts.length < 2 || Math.min(...counts) === Math.max(...counts)) return [];
        return [
          {
            nodes: [lb.id, ...targets.map((t) => t.id)],
            message: `${lb.label ?? lb.id} sends each zone the same traffic but its zones hold ${counts.join(' and ')} targets`,
            fix: {
              title: 'Turn on cross-zone load balancing',
              node: lb.id,
              props: { crossZone: true },
            },
          },
        ];
      }),
};
