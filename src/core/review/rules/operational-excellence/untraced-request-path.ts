import { outgoingOf } from '../../../model/graph.ts';
import type { DesignNode, PropValue } from '../../../model/types.ts';
import type { RuleHit, Rule } from '../../types.ts';

/** Request entry points a trace starts at. */
const ENTRIES = ['api-gateway', 'appsync', 'application-load-balancer'];

/** Services with an X-Ray switch: the key, the value that turns tracing on and the one that leaves it off. */
const TRACING: Record<string, { key: string; on: PropValue; off: PropValue }> = {
  'lambda-function': { key: 'tracing', on: 'Active', off: 'PassThrough' },
  'step-functions': { key: 'tracing', on: true, off: false },
  'app-runner': { key: 'tracing', on: true, off: false },
  appsync: { key: 'xrayEnabled', on: true, off: false },
};

/** How many hops past the entry point the request path is followed. */
const DEPTH = 4;

/** OPS08-BP03: a request that crosses several services without traces cannot be followed end to end. */
export const rule: Rule = {
  id: 'untraced-request-path',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP03',
  choiceId: 'ops_workload_observability_analyze_workload_traces',
  severity: 'medium',
  title: 'Multi-hop request path has services without X-Ray tracing',
  rationale:
    'When a request passes through an API, functions or workflows and then a data store, only a trace shows which hop is slow or failing; a service that does not record traces breaks the chain.',
  remediation:
    'Turn on active X-Ray tracing on every function, workflow and API along the request path so that each request can be followed from the entry point to the data store.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_analyze_workload_traces.html',
  services: [...new Set([...ENTRIES, ...Object.keys(TRACING)])],
  topology: true,
  check: (ctx) => {
    const flagged = new Map<string, RuleHit>();
    const untraced = (n: DesignNode) => {
      const t = TRACING[n.service];
      return t !== undefined && ctx.prop(n, t.key) === t.off;
    };
    for (const entry of ctx.nodesOf(...ENTRIES)) {
      const seen = new Set<string>([entry.id]);
      let frontier = [entry.id];
      for (let depth = 0; depth < DEPTH && frontier.length > 0; depth += 1) {
        const next: string[] = [];
        for (const id of frontier) {
          for (const e of outgoingOf(ctx.index, id)) {
            if (!seen.has(e.target) && ctx.index.nodes.has(e.target)) {
              seen.add(e.target);
              next.push(e.target);
            }
          }
        }
        frontier = next;
      }
      // Entry plus at least two services behind it: a single hop is already visible in the entry's own metrics.
      if (seen.size < 3) continue;
      for (const id of seen) {
        const n = ctx.index.nodes.get(id)!;
        if (flagged.has(id) || !untraced(n)) continue;
        const t = TRACING[n.service];
        flagged.set(id, {
          nodes: [id],
          message: `${n.label ?? n.id} is on a request path from ${entry.label ?? entry.id} but records no traces`,
          fix: { title: 'Turn on X-Ray tracing', node: id, props: { [t.key]: t.on } },
        });
      }
    }
    return [...flagged.values()];
  },
};
