import { getEntry } from '../catalog/index.ts';
import { indexDesign, type DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode, PropValue } from '../model/types.ts';
import { createContextMemo, reviewContext, type ContextMemo } from './context.ts';
import { applySuppressions, contextMissingFinding, findingsFromHits, sortFindings, toFinding, type SortedFindings } from './findings.ts';
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
 *   edges), a topology rule runs again only if it read one of the changed keys, or if a node of
 *   its `services` changed its label, notes or tags (messages name nodes by label). Any other
 *   edit runs every topology rule. Rules must therefore read settings only through `ctx.prop`
 *   and `ctx.usage`, never from `node.props` directly.
 * - Both are dropped when the workload context or the default Region changes.
 */
export interface ReviewCache {
  contextKey: string | undefined;
  byNode: WeakMap<DesignNode, NodeMemo>;
  topology: Map<TopologyRule, TopologyMemo>;
  plan?: Plan;
  memo: ContextMemo;
  previous?: { design: DesignDocument; index: DesignIndex } & SortedFindings;
}

/** An empty cache; pass one per editor (or per test) to keep reviews of unrelated designs apart. */
export function createReviewCache(): ReviewCache {
  return { contextKey: undefined, byNode: new WeakMap(), topology: new Map(), memo: createContextMemo() };
}

const defaultCache = createReviewCache();

export interface ReviewOptions {
  /** The rules to run; the registry's by default. */
  rules?: readonly Rule[];
  /** Where earlier answers are kept; a module-wide cache by default. */
  cache?: ReviewCache;
}

export interface ReviewResult {
  /** Sorted: open before suppressed, then severity, pillar, rule id, node ids, message. Read-only: objects are shared between reviews. */
  findings: Finding[];
  scores: Record<Pillar, number>;
  counts: ReviewCounts;
}

/** What changed since the cached review: the structure, or which setting keys and which services' texts. */
interface Change {
  structural: boolean;
  /** Setting keys whose value changed on some node (`usage:` prefixes usage keys). */
  keys: Set<string>;
  /** Services of nodes whose label, notes or tags changed. */
  texts: Set<string>;
  /** Changed nodes: id to the node object of the previous review. */
  replaced: Map<string, DesignNode>;
  index: DesignIndex;
}

function sameValue(a: PropValue | number | undefined, b: PropValue | number | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function changedKeys(a: Record<string, PropValue | number> | undefined, b: Record<string, PropValue | number> | undefined, prefix: string, out: Set<string>): void {
  if (a === b) return;
  for (const k of Object.keys(a ?? {})) if (!sameValue(a?.[k], b?.[k])) out.add(prefix + k);
  for (const k of Object.keys(b ?? {})) if (!sameValue(a?.[k], b?.[k])) out.add(prefix + k);
}

function sameTexts(a: DesignNode, b: DesignNode): boolean {
  return a.label === b.label && a.notes === b.notes && (a.tags === b.tags || JSON.stringify(a.tags) === JSON.stringify(b.tags));
}

function sameEdges(a: DesignDocument['edges'], b: DesignDocument['edges']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Compares the design with the cached one node by node (identity, O(n), no deep compare). When
 * only settings changed, the cached index is reused with the changed node objects swapped in, as
 * its containment, adjacency and service lists hold ids and edges, which have not changed.
 */
function diff(cache: ReviewCache, design: DesignDocument): Change {
  const prev = cache.previous;
  const change: Change = { structural: false, keys: new Set(), texts: new Set(), replaced: new Map(), index: prev?.index ?? indexDesign(design) };
  if (!prev || prev.design.nodes.length !== design.nodes.length || !sameEdges(prev.design.edges, design.edges)) {
    return { ...change, structural: true, index: indexDesign(design) };
  }
  const before = prev.design.nodes;
  const now: DesignNode[] = [];
  for (let i = 0; i < design.nodes.length; i += 1) {
    const a = before[i];
    const b = design.nodes[i];
    if (a === b) continue;
    if (a.id !== b.id || a.parent !== b.parent || a.service !== b.service || getEntry(b.service)?.kind === 'container') {
      return { ...change, structural: true, index: indexDesign(design) };
    }
    change.replaced.set(b.id, a);
    now.push(b);
    changedKeys(a.props, b.props, '', change.keys);
    changedKeys(a.usage, b.usage, 'usage:', change.keys);
    if (!sameTexts(a, b)) change.texts.add(b.service);
  }
  if (change.replaced.size === 0) return change;
  const nodes = new Map(prev.index.nodes);
  for (const n of now) nodes.set(n.id, n);
  return { ...change, index: { ...prev.index, nodes } };
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

function missingContext(rule: Rule, design: DesignDocument): string[] {
  if (!rule.needsContext || rule.needsContext.length === 0) return [];
  return rule.needsContext.filter((k) => design.context?.[k] === undefined);
}

function planFor(cache: ReviewCache, rules: readonly Rule[], design: DesignDocument, contextKey: string): Plan {
  if (cache.plan && cache.plan.rules === rules && cache.plan.contextKey === contextKey) return cache.plan;
  const byService = new Map<string, NodeRule[]>();
  for (const rule of rules) {
    if (rule.topology || missingContext(rule, design).length > 0) continue;
    for (const s of new Set(rule.services)) byService.set(s, [...(byService.get(s) ?? []), rule]);
  }
  cache.plan = { rules, contextKey, byService };
  return cache.plan;
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
  let contextChanged = false;
  if (cache.contextKey !== contextKey) {
    cache.contextKey = contextKey;
    cache.byNode = new WeakMap();
    cache.topology.clear();
    cache.memo = createContextMemo();
    contextChanged = true;
  }
  if (contextChanged) cache.previous = undefined;
  const change = diff(cache, design);
  if (change.structural) cache.memo = createContextMemo();
  const ctx = reviewContext(design, change.index, cache.memo);
  const findings: Finding[] = [];
  const outcomes: RuleOutcome[] = [];
  // Only rules that ran on this very design stay cached: a rule left out of this review (another
  // rule set, not applicable, context missing) would otherwise miss the edits made meanwhile.
  const topology = new Map<TopologyRule, TopologyMemo>();

  for (const rule of rules) {
    const services = [...new Set(rule.services)];
    let inspected = 0;
    for (const s of services) inspected += change.index.byService.get(s)?.length ?? 0;
    const missing = missingContext(rule, design);
    outcomes.push({ rule, inspected, contextMissing: missing.length > 0 });
    if (inspected === 0 && services.length > 0) continue;
    if (missing.length > 0) findings.push(contextMissingFinding(rule, missing));
    else if (rule.topology) {
      let memo = cache.topology.get(rule);
      const dirty =
        !memo || change.structural || contextChanged || intersects(memo.reads, change.keys) || services.some((s) => change.texts.has(s));
      if (dirty) {
        const reads = new Set<string>();
        memo = { findings: findingsFromHits(rule, rule.check(tracking(ctx, reads)), memo?.findings), reads };
      }
      topology.set(rule, memo!);
      for (const f of memo!.findings) findings.push(f);
    }
  }

  // Node rules, node by node: an unchanged node hands back its findings in one lookup.
  const plan = planFor(cache, rules, design, contextKey);
  for (const node of design.nodes) {
    const nodeRules = plan.byService.get(node.service);
    if (!nodeRules) continue;
    let memo = cache.byNode.get(node);
    if (!memo || memo.plan !== plan) {
      // An edited node keeps the finding objects of its previous version where they are unchanged.
      const old = change.replaced.get(node.id);
      const before = old ? cache.byNode.get(old) : undefined;
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
      memo = { plan, results, findings: out };
      cache.byNode.set(node, memo);
    }
    for (const f of memo.findings) findings.push(f);
  }

  cache.topology = topology;
  const gathered = applySuppressions(findings, design.suppressions);
  const sorted = sortFindings(gathered, cache.previous);
  cache.previous = { design, index: change.index, gathered, sorted };
  return { findings: [...sorted], scores: scorePillars(outcomes, sorted), counts: countFindings(sorted) };
}
