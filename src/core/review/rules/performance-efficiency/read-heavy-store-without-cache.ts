import { connectionRule } from '../../../catalog/index.ts';
import { incomingOf } from '../../../model/graph.ts';
import type { DesignNode } from '../../../model/types.ts';
import type { ReviewContext, Rule } from '../../types.ts';

/** Stores whose usage inputs give reads and writes per month. */
const METERED = ['dynamodb-table', 'keyspaces'];
/** Stores whose read share is judged from the meanings of the edges into them. */
const EDGE_JUDGED = ['rds-instance', 'aurora-cluster', 'documentdb-cluster'];
const CACHES = ['elasticache', 'dax-cluster', 'memorydb'];

/** Reads per write from which a store counts as read-heavy. */
const READ_RATIO = 4;
/** Monthly reads below which caching is not worth a cache node (about 10 reads a second). requests/month. */
const MIN_READS = 25_000_000;

function readHeavy(ctx: ReviewContext, store: DesignNode): boolean {
  if (METERED.includes(store.service)) {
    const reads = ctx.usage(store, 'readRequestsPerMonth') ?? 0;
    const writes = ctx.usage(store, 'writeRequestsPerMonth') ?? 0;
    return reads >= MIN_READS && reads >= READ_RATIO * writes;
  }
  let reads = 0;
  let writes = 0;
  for (const e of incomingOf(ctx.index, store.id)) {
    const s = ctx.index.nodes.get(e.source);
    const meaning =
      e.meaning ?? (s ? connectionRule(s.service, store.service)?.meaning : undefined);
    if (meaning === 'read') reads += 1;
    else if (meaning === 'write') writes += 1;
  }
  return reads >= 2 && reads >= 2 * writes;
}

function cached(ctx: ReviewContext, store: DesignNode): boolean {
  if (ctx.sources(store, 'dax-cluster').length > 0) return true;
  return ctx.sources(store).some((reader) => ctx.targets(reader, ...CACHES).length > 0);
}

/** PERF03-BP05: read-heavy data stores with no cache serve every repeated read from the database. */
export const rule: Rule = {
  id: 'read-heavy-store-without-cache',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF03-BP05',
  choiceId: 'perf_data_access_patterns_caching',
  severity: 'medium',
  title: 'Read-heavy data store has no cache in front of it',
  rationale:
    'When most requests read the same data, a cache answers them in microseconds to a millisecond and takes the load off the database; without one, read latency and database size both grow with traffic.',
  remediation:
    'Put a cache in the read path: DAX in front of DynamoDB, ElastiCache or MemoryDB for relational and document stores, and have the readers check it first.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_data_access_patterns_caching.html',
  services: [...METERED, ...EDGE_JUDGED, ...CACHES],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf(...METERED, ...EDGE_JUDGED)
      .filter((s) => readHeavy(ctx, s) && !cached(ctx, s))
      .map((s) => ({
        nodes: [s.id],
        message: `${s.label ?? s.id} is read-heavy and has no cache in front of it`,
      })),
};
