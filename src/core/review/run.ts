import type { DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode, Suppression } from '../model/types.ts';
import { createContextMemo, reviewContext, type ContextMemo } from './context.ts';
import { diff, type Change } from './diff.ts';
import {
  applySuppressions,
  contextMissingFinding,
  findingsFromHits,
  mergeSorted,
  sortFindings,
  toFinding,
} from './findings.ts';
import { RULES } from './registry.ts';
import { countFindings, scorePillars, type ReviewCounts, type RuleOutcome } from './score.ts';
import type { Finding, NodeRule, Pillar, ReviewContext, Rule, TopologyRule } from './types.ts';

/** The node rules that run in a review, by service; rebuilt when the rule set or the context changes. */
interface Plan {
  rules: readonly Rule[];
  contextKey: string;
  byService: Map<string, NodeRule[]>;
}

/**
 * One node's answers under a plan: `results[i]` is the finding (or null) of the i-th node rule the
 * plan runs on the node's service, so each (rule, node object) pair is checked once per plan.
 */
interface NodeMemo {
  plan: Plan;
  results: (Finding | null)[];
  findings: Finding[];
}

const NONE: Finding[] = [];

/** A topology rule's findings and the setting keys it read to reach them (`usage:` prefixes usage keys). */
interface TopologyMemo {
  findings: Finding[];
  reads: Set<string>;
}

/**
 * Memory of earlier reviews, so that an edit re-reviews only what it can have changed.
 *
 * - Node rules: one finding (or null) per (node object, rule) in a WeakMap. The model's edit
 *   operations replace the node objects they change and share the rest, so an unchanged node is
 *   the same object and its answers are reused; dropped nodes are garbage-collected with their
 *   entries. A node rule must therefore read only its node, the catalog and the workload context.
 * - Topology rules: their findings from the previous review, with the setting keys each read
 *   through `ctx.prop` and `ctx.usage` (recorded while it ran). After an edit that changes only
 *   settings of non-container nodes (same node ids, parents and services in the same order, same
 *   edges), a topology rule runs again only if it read one of the changed keys, or if a node that
 *   changed its label, notes or tags is of one of its `services` or is named by one of its
 *   findings (messages name nodes by label). Any other
 *   edit runs every topology rule. Rules must therefore read settings only through `ctx.prop`
 *   and `ctx.usage`, never from `node.props` directly.
 * - Both are dropped when the workload context or the default Region changes.
 */
export interface ReviewCache {
  contextKey: string | undefined;
  /** "Context missing" findings per rule, kept so that their identity is stable between reviews. */
  missing: Map<Rule, Finding>;
  byNode: WeakMap<DesignNode, NodeMemo>;
  topology: Map<TopologyRule, TopologyMemo>;
  plan?: Plan;
  memo: ContextMemo;
  previous?: Previous;
}

/** The last review: what the next one compares with and starts from. */
interface Previous {
  design: DesignDocument;
  rules: readonly Rule[];
  suppressions: readonly Suppression[] | undefined;
  index: DesignIndex;
  outcomes: RuleOutcome[];
  sorted: Finding[];
  scores: Record<Pillar, number>;
  counts: ReviewCounts;
}

/** An empty cache; pass one per editor (or per test) to keep reviews of unrelated designs apart. */
export function createReviewCache(): ReviewCache {
  return {
    contextKey: undefined,
    missing: new Map(),
    byNode: new WeakMap(),
    topology: new Map(),
    memo: createContextMemo(),
  };
}

const defaultCache = createReviewCache();

/** How to run a review: which rules, and which cache to reuse. */
export interface ReviewOptions {
  /** The rules to run; the registry's by default. */
  rules?: readonly Rule[];
  /** Where earlier answers are kept; a module-wide cache by default. */
  cache?: ReviewCache;
}

/** Findings, a 0-100 score per pillar (see `scorePillars`) and finding counts. */
export interface ReviewResult {
  /** Sorted: open before suppressed, then severity, pillar, rule id, node ids, message. Read-only: objects are shared between reviews. */
  findings: Finding[];
  scores: Record<Pillar, number>;
  counts: ReviewCounts;
}

/** The context with `prop` and `usage` recording which keys a topology rule reads. */
function tracking(ctx: ReviewContext, reads: Set<string>): ReviewContext {
  return {
    ...ctx,
    prop: (node, key) => {
      reads.add(key);
      return ctx.prop(node, key);
    },
    usage: (node, key) => {
      reads.add(`usage:${key}`);
      return ctx.usage(node, key);
    },
  };
}

function intersects(reads: Set<string>, keys: Set<string>): boolean {
  for (const k of keys) if (reads.has(k)) return true;
  return false;
}

/**
 * Whether a renamed (or re-noted, re-tagged) node can change a topology rule's findings: when the
 * rule inspects its service, or when a finding names the node, whose label may be in the message.
 */
function textsMatter(
  texts: readonly DesignNode[],
  services: readonly string[],
  findings: readonly Finding[],
): boolean {
  return texts.some(
    (old) =>
      services.includes(old.service) ||
      findings.some(
        (f) =>
          f.nodes.includes(old.id) ||
          f.message.includes(old.id) ||
          (old.label !== undefined && old.label !== '' && f.message.includes(old.label)),
      ),
  );
}

const servicesOf = new WeakMap<Rule, string[]>();

function uniqueServices(rule: Rule): string[] {
  let list = servicesOf.get(rule);
  if (!list) {
    list = [...new Set(rule.services)];
    servicesOf.set(rule, list);
  }
  return list;
}

function missingContext(rule: Rule, design: DesignDocument): string[] {
  if (!rule.needsContext || rule.needsContext.length === 0) return [];
  return rule.needsContext.filter((k) => design.context?.[k] === undefined);
}

function planFor(
  cache: ReviewCache,
  rules: readonly Rule[],
  design: DesignDocument,
  contextKey: string,
): Plan {
  if (cache.plan && cache.plan.rules === rules && cache.plan.contextKey === contextKey)
    return cache.plan;
  const byService = new Map<string, NodeRule[]>();
  for (const rule of rules) {
    if (rule.topology || missingContext(rule, design).length > 0) continue;
    for (const s of uniqueServices(rule)) byService.set(s, [...(byService.get(s) ?? []), rule]);
  }
  cache.plan = { rules, contextKey, byService };
  return cache.plan;
}

/** One node's findings under the plan, re-using the finding objects of its previous version where unchanged. */
function reviewNode(
  node: DesignNode,
  nodeRules: readonly NodeRule[],
  plan: Plan,
  before: NodeMemo | undefined,
  ctx: ReviewContext,
): NodeMemo {
  const results: (Finding | null)[] = [];
  let out = NONE;
  for (let i = 0; i < nodeRules.length; i += 1) {
    const rule = nodeRules[i];
    const hit = rule.checkNode(node, ctx);
    const was = before?.plan === plan ? before.results[i] : null;
    const f = hit ? (was ? findingsFromHits(rule, [hit], [was])[0] : toFinding(rule, hit)) : null;
    results.push(f);
    if (f) out = out === NONE ? [f] : [...out, f];
  }
  return { plan, results, findings: out };
}

function topologyDirty(memo: TopologyMemo, change: Change, services: readonly string[]): boolean {
  return intersects(memo.reads, change.keys) || textsMatter(change.texts, services, memo.findings);
}

function runTopology(
  rule: TopologyRule,
  ctx: ReviewContext,
  before: TopologyMemo | undefined,
): TopologyMemo {
  const reads = new Set<string>();
  return {
    findings: findingsFromHits(rule, rule.check(tracking(ctx, reads)), before?.findings),
    reads,
  };
}

function result(prev: Previous): ReviewResult {
  // Copies: the cache keeps the originals, which the next review starts from.
  return {
    findings: [...prev.sorted],
    scores: { ...prev.scores },
    counts: structuredClone(prev.counts),
  };
}

/**
 * The re-review after an edit of settings only (same structure, context, rules and suppressions):
 * re-runs the topology rules the edit can affect and the node rules of the edited nodes, and
 * patches the previous sorted findings with what they removed and added. Nothing else is visited,
 * so the cost follows the size of the edit, not of the design.
 */
function patch(
  cache: ReviewCache,
  prev: Previous,
  design: DesignDocument,
  change: Change,
  plan: Plan,
): Previous {
  const ctx = reviewContext(design, change.index, cache.memo);
  const removed = new Set<Finding>();
  const added: Finding[] = [];
  const swap = (before: readonly Finding[], after: readonly Finding[]) => {
    if (before === after) return;
    const kept = new Set(after);
    const had = new Set(before);
    for (const f of before) if (!kept.has(f)) removed.add(f);
    for (const f of after) if (!had.has(f)) added.push(f);
  };
  for (const [rule, memo] of cache.topology) {
    if (!topologyDirty(memo, change, uniqueServices(rule))) continue;
    const next = runTopology(rule, ctx, memo);
    cache.topology.set(rule, next);
    swap(memo.findings, next.findings);
  }
  for (const [id, old] of change.replaced) {
    const node = change.index.nodes.get(id)!;
    const nodeRules = plan.byService.get(node.service);
    if (!nodeRules) continue;
    const before = cache.byNode.get(old);
    const memo = reviewNode(node, nodeRules, plan, before, ctx);
    cache.byNode.set(node, memo);
    swap(before?.findings ?? NONE, memo.findings);
  }
  const base = { ...prev, design, index: change.index };
  if (removed.size === 0 && added.length === 0) return base;
  // Suppressed copies are cached per finding, so the copy of a removed finding is the one shown.
  const gone = new Set(applySuppressions([...removed], design.suppressions));
  const sorted = mergeSorted(
    prev.sorted.filter((f) => !gone.has(f)),
    applySuppressions(added, design.suppressions),
  );
  return {
    ...base,
    sorted,
    scores: scorePillars(prev.outcomes, sorted),
    counts: countFindings(sorted),
  };
}

/**
 * Reviews a design against the rules: node rules on the nodes of their services, topology rules
 * on the whole design, context-dependent rules only when the context they need is set (else one
 * low "context missing" finding per applicable rule, with no nodes), then suppressions, scores
 * and counts. Deterministic: the same design gives the same findings in the same order.
 */
export function runReview(design: DesignDocument, options: ReviewOptions = {}): ReviewResult {
  const rules = options.rules ?? RULES;
  const cache = options.cache ?? defaultCache;
  const contextKey = `${design.defaultRegion}\u0000${JSON.stringify(design.context ?? null)}`;
  if (cache.contextKey !== contextKey) {
    cache.contextKey = contextKey;
    cache.byNode = new WeakMap();
    cache.missing = new Map();
    cache.topology = new Map();
    cache.memo = createContextMemo();
    cache.previous = undefined;
  }
  const prev = cache.previous;
  const change = diff(prev, design);
  const plan = planFor(cache, rules, design, contextKey);
  if (
    prev &&
    !change.structural &&
    prev.rules === rules &&
    prev.suppressions === design.suppressions
  ) {
    cache.previous = patch(cache, prev, design, change, plan);
    return result(cache.previous);
  }

  if (change.structural) cache.memo = createContextMemo();
  const ctx = reviewContext(design, change.index, cache.memo);
  const findings: Finding[] = [];
  const outcomes: RuleOutcome[] = [];
  // Only rules that ran on this very design stay cached: a rule left out of this review (another
  // rule set, not applicable, context missing) would otherwise miss the edits made meanwhile.
  const topology = new Map<TopologyRule, TopologyMemo>();
  for (const rule of rules) {
    const services = uniqueServices(rule);
    let inspected = 0;
    for (const s of services) inspected += change.index.byService.get(s)?.length ?? 0;
    const missing = missingContext(rule, design);
    outcomes.push({ rule, inspected, contextMissing: missing.length > 0 });
    if (inspected === 0 && services.length > 0) continue;
    if (missing.length > 0) {
      let f = cache.missing.get(rule);
      if (!f) {
        f = contextMissingFinding(rule, missing);
        cache.missing.set(rule, f);
      }
      findings.push(f);
    } else if (rule.topology) {
      let memo = cache.topology.get(rule);
      if (!memo || change.structural || topologyDirty(memo, change, services))
        memo = runTopology(rule, ctx, memo);
      topology.set(rule, memo);
      for (const f of memo.findings) findings.push(f);
    }
  }
  cache.topology = topology;

  // Node rules, node by node: an unchanged node hands back its findings in one lookup.
  for (const node of design.nodes) {
    const nodeRules = plan.byService.get(node.service);
    if (!nodeRules) continue;
    let memo = cache.byNode.get(node);
    if (!memo || memo.plan !== plan) {
      const old = change.replaced.get(node.id);
      memo = reviewNode(node, nodeRules, plan, old ? cache.byNode.get(old) : undefined, ctx);
      cache.byNode.set(node, memo);
    }
    for (const f of memo.findings) findings.push(f);
  }

  const sorted = sortFindings(applySuppressions(findings, design.suppressions), prev?.sorted);
  cache.previous = {
    design,
    rules,
    suppressions: design.suppressions,
    index: change.index,
    outcomes,
    sorted,
    scores: scorePillars(outcomes, sorted),
    counts: countFindings(sorted),
  };
  return result(cache.previous);
}
