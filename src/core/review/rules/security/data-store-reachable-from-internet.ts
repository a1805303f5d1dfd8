import type { DesignNode } from '../../../model/types.ts';
import type { ReviewContext, Rule, RuleHit } from '../../types.ts';
import { nameOf, SUBNET_DATA_STORES, wa } from '../helpers.ts';

const STORES: readonly string[] = [...SUBNET_DATA_STORES, 'redshift-serverless'];
// Network hops that forward traffic without being an application tier that could check it.
const PASS_THROUGH = [
  'internet-gateway',
  'elastic-ip',
  'global-accelerator',
  'cloudfront',
  'application-load-balancer',
  'network-load-balancer',
  'network-firewall',
  'transit-gateway',
  'waf',
  'shield',
];
const LOAD_BALANCERS = ['application-load-balancer', 'network-load-balancer'];

function isEntry(ctx: ReviewContext, n: DesignNode): boolean {
  if (n.service === 'users' || n.service === 'devices' || n.service === 'internet-gateway')
    return true;
  if (n.service === 'external-system') return !ctx.ancestor(n, 'corporate-data-center');
  return LOAD_BALANCERS.includes(n.service) && ctx.prop(n, 'scheme') === 'internet-facing';
}

/** Flags: Database reachable from the internet with no tier in between. */
export const rule: Rule = {
  id: 'data-store-reachable-from-internet',
  pillar: 'security',
  bestPractice: 'SEC05-BP01',
  severity: 'high',
  title: 'Database reachable from the internet with no tier in between',
  rationale:
    'When users, outside systems or an internet-facing gateway or load balancer connect to a database through network hops only, nothing that understands the requests stands between the internet and the data.',
  remediation:
    'Put an application tier (compute, API or function in private subnets) between internet-facing entry points and the data store, and let only that tier reach it.',
  docs: wa('SEC05-BP01'),
  services: [...STORES, ...PASS_THROUGH, 'users', 'devices', 'external-system'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    const starts = ctx
      .nodesOf('users', 'devices', 'external-system', 'internet-gateway', ...LOAD_BALANCERS)
      .filter((n) => isEntry(ctx, n));
    for (const start of starts) {
      const seen = new Set([start.id]);
      const queue = [start];
      while (queue.length > 0) {
        const next = queue.shift()!;
        for (const t of ctx.targets(next)) {
          if (seen.has(t.id)) continue;
          seen.add(t.id);
          if (STORES.includes(t.service)) {
            hits.push({
              nodes: [t.id, start.id],
              message: `${ctx.entry(t)?.name ?? t.service} ${nameOf(t)} is reachable from ${nameOf(start)} without an application tier`,
            });
          } else if (PASS_THROUGH.includes(t.service)) queue.push(t);
        }
      }
    }
    return hits;
  },
};
