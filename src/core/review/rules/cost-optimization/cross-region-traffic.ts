import type { Rule, RuleHit } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: Application traffic crosses Regions. */
export const rule: Rule = {
  id: 'cross-region-traffic',
  pillar: 'cost-optimization',
  bestPractice: 'COST08-BP01',
  severity: 'low',
  title: 'Application traffic crosses Regions',
  rationale:
    'Data sent between Regions is charged per GB in each direction of the flow and adds tens of milliseconds; calls that cross Regions on every request are often an accident of placement.',
  remediation:
    'Keep each request path within one Region (local replicas, regional endpoints), and send across Regions only replication and deliberate fail-over traffic.',
  docs: wa('COST08-BP01'),
  services: ['region'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const e of ctx.design.edges) {
      // Replication across Regions is deliberate; it is the reliability rules' business.
      if (e.meaning === 'replicate') continue;
      const s = ctx.index.nodes.get(e.source);
      const t = ctx.index.nodes.get(e.target);
      // Only nodes drawn inside a Region have a Region; global services (CloudFront, Route 53) do not.
      if (!s || !t || !ctx.ancestor(s, 'region') || !ctx.ancestor(t, 'region')) continue;
      const from = ctx.regionOf(s);
      const to = ctx.regionOf(t);
      if (from !== to)
        hits.push({
          nodes: [s.id, t.id],
          message: `${nameOf(s)} in ${from} sends data to ${nameOf(t)} in ${to}`,
        });
    }
    return hits;
  },
};
