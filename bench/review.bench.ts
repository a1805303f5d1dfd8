import { updateProps } from '../src/core/model/ops.ts';
import type { DesignDocument, PropValue } from '../src/core/model/types.ts';
import { RULES } from '../src/core/review/registry.ts';
import { createReviewCache, runReview } from '../src/core/review/run.ts';
import { largeDesign } from './fixtures.ts';
import { report, stats, time } from './harness.ts';

// Budgets (issue 4): full review of 5,000 nodes in 50 ms or less; re-review after a one-node edit
// in 5 ms or less; time at 5,000 nodes no more than 7 times the time at 1,000. Figures only: the
// bench reports, it never fails.

const small = largeDesign(1000);
const large = largeDesign(5000);

/** Collects garbage between phases when Node runs with --expose-gc, so one phase's garbage is not timed in the next. */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * A chain of designs, each the previous one with one database's settings changed through
 * updateProps (a new node object, everything else shared), as the editor produces them.
 */
function edits(
  base: DesignDocument,
  count: number,
  change: (i: number) => Record<string, PropValue>,
): DesignDocument[] {
  const out: DesignDocument[] = [];
  let d = base;
  for (let i = 0; i < count; i += 1) {
    const r = updateProps(d, 'c0db', change(i));
    if (!r.ok) throw new Error(`edit refused: ${r.errors[0].message}`);
    d = r.value;
    out.push(d);
  }
  return out;
}

// Warm the JIT on both sizes first, so neither is measured while the engine's code is still cold.
for (let i = 0; i < 10; i += 1) {
  runReview(small, { cache: createReviewCache() });
  runReview(large, { cache: createReviewCache() });
}

/**
 * Re-review after one-node edits: the chain reviewed in turn with one cache, as the editor does
 * after each edit; only the reviews are timed. Backup retention is read by node rules only;
 * Multi-AZ is also read by topology rules (single-AZ, carbon), which then run again in full.
 */
function editTimes(change: (i: number) => Record<string, PropValue>): number[] {
  const cache = createReviewCache();
  runReview(large, { cache });
  const chain = edits(large, 120, change);
  settle();
  const out: number[] = [];
  chain.forEach((d, i) => {
    const t0 = performance.now();
    runReview(d, { cache });
    const ms = performance.now() - t0;
    if (i >= 20) out.push(ms); // the first edits warm the JIT on the incremental path
  });
  return out.sort((a, b) => a - b);
}
const edit = editTimes((i) => ({ backupRetentionDays: 1 + (i % 35) }));
const editTopology = editTimes((i) => ({ multiAz: i % 2 === 0 ? false : true }));

// Full reviews: a fresh cache each run, so nothing from an earlier run is reused.
settle();
const full1000 = time(() => runReview(small, { cache: createReviewCache() }), 20, 5);
settle();
const full5000 = time(() => runReview(large, { cache: createReviewCache() }), 20, 5);

const f1 = stats(full1000);
const f5 = stats(full5000);
report('review', {
  rules: RULES.length,
  topologyRules: RULES.filter((r) => r.topology).length,
  nodes1000: small.nodes.length,
  nodes5000: large.nodes.length,
  findings5000: runReview(large, { cache: createReviewCache() }).findings.length,
  full1000: f1,
  full5000: { ...f5, budgetMs: 50 },
  editReview5000: { edit: 'backupRetentionDays of one database', ...stats(edit), budgetMs: 5 },
  editReview5000Topology: { edit: 'multiAz of one database', ...stats(editTopology), budgetMs: 5 },
  ratio5000to1000: Math.round((f5.medianMs / f1.medianMs) * 100) / 100,
  ratioBudget: 7,
});
