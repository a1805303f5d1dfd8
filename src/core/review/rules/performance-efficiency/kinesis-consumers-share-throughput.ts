import { connectionRule } from '../../../catalog/index.ts';
import { incomingOf, outgoingOf } from '../../../model/graph.ts';
import type { Rule } from '../../types.ts';

/** Shared-throughput consumers per stream beyond which they compete for each shard's read limit. */
const MAX_SHARED = 2;

/** PERF03-BP02: several consumers on shared throughput split each shard's 2 MB/s and 5 reads a second. */
export const rule: Rule = {
  id: 'kinesis-consumers-share-throughput',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF03-BP02',
  choiceId: 'perf_data_evaluate_configuration_options_data_store',
  severity: 'medium',
  title: "Several Kinesis consumers share one stream's read throughput",
  rationale:
    'Standard consumers of a Kinesis stream share 2 MB/s and five read calls a second per shard; from three consumers on, each one polls less often and falls behind at peaks. Enhanced fan-out gives every registered consumer its own 2 MB/s per shard, pushed to it.',
  remediation:
    'Register the consumers for enhanced fan-out (one per consumer), or split the readers across streams.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_data_evaluate_configuration_options_data_store.html',
  services: ['kinesis-data-streams'],
  topology: true,
  check: (ctx) =>
    ctx.nodesOf('kinesis-data-streams').flatMap((s) => {
      const consumers = new Set<string>(outgoingOf(ctx.index, s.id).map((e) => e.target));
      for (const e of incomingOf(ctx.index, s.id)) {
        const src = ctx.index.nodes.get(e.source);
        const meaning =
          e.meaning ?? (src ? connectionRule(src.service, s.service)?.meaning : undefined);
        if (meaning === 'subscribe' || meaning === 'read') consumers.add(e.source);
      }
      const fanOut = Number(ctx.prop(s, 'enhancedFanOutConsumers') ?? 0);
      const shared = consumers.size - fanOut;
      if (shared <= MAX_SHARED) return [];
      return [
        {
          nodes: [s.id, ...consumers],
          message: `${shared} consumers share the read throughput of ${s.label ?? s.id}`,
          fix: {
            title: 'Use enhanced fan-out for every consumer',
            node: s.id,
            props: { enhancedFanOutConsumers: Math.min(20, consumers.size) },
          },
        },
      ];
    }),
};
