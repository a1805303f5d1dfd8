import { updateProps } from '../src/core/model/ops.ts';
import type { DesignDocument } from '../src/core/model/types.ts';
import { RULES } from '../src/core/review/registry.ts';
import { createReviewCache, runReview } from '../src/core/review/run.ts';
import { largeDesign } from './fixtures.ts';
import { report, stats, time } from './harness.ts';

// Budgets (issue 4): full review of 5,000 nodes in 50 ms or less; re-review after a one-node edit
// in 5 ms or less; time at 5,000 nodes no more than 7 times the time at 1,000. Figures only: the
// bench reports, it never fails.

/** A full review: a fresh cache each run, so nothing from the previous run is reused. */
function full(design: DesignDocument): number[] {
  return time(() => runReview(design, { cache: createReviewCache() }), 20, 5);
}

const small = largeDesign(1000);
const large = largeDesign(5000);
const full1000 = full(small);
const full5000 = full(large);

/**
 * Re-review after a one-node edit: a chain of designs, each the previous one with one database's
 * settings changed through updateProps (a new node object, everything else shared), reviewed in
 * turn with one cache, as the editor does after each edit. Only the reviews are timed.
 */
function edits(base: DesignDocument, count: number): DesignDocument[] {
  const out: DesignDocument[] = [];
  let d = base;
  for (let i = 0; i < count; i += 1) {
    const r = updateProps(d, 'c0db', { backupRetentionDays: 7 + (i % 20) });
    if (!r.ok) throw new Error(`edit refused: ${r.errors[0].message}`);
    d = r.value;
    out.push(d);
  }
  return out;
}

const cache = createReviewCache();
runReview(large, { cache });
const chain = edits(large, 45);
const edit: number[] = [];
chain.forEach((d, i) => {
  const t0 = performance.now();
  runReview(d, { cache });
  const ms = performance.now() - t0;
  if (i >= 5) edit.push(ms); // the first few warm the JIT
});
edit.sort((a, b) => a - b);

const f1 = stats(full1000);
const f5 = stats(full5000);
const findings = runReview(large, { cache: createReviewCache() }).findings.length;
report('review', {
  rules: RULES.length,
  topologyRules: RULES.filter((r) => r.topology).length,
  nodes1000: small.nodes.length,
  nodes5000: large.nodes.length,
  findings5000: findings,
  full1000: f1,
  full5000: { ...f5, budgetMs: 50 },
  editReview5000: { ...stats(edit), budgetMs: 5 },
  ratio5000to1000: Math.round((f5.medianMs / f1.medianMs) * 100) / 100,
  ratioBudget: 7,
});
