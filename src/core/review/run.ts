import { getEntry } from '../catalog/index.ts';
import { indexDesign, type DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode } from '../model/types.ts';
import { createContextMemo, reviewContext, type ContextMemo } from './context.ts';
import { applySuppressions, contextMissingFinding, findingsFromHits, sortFindings, toFinding } from './findings.ts';
import { RULES } from './registry.ts';
import { countFindings, scorePillars, type ReviewCounts, type RuleOutcome } from './score.ts';
import type { Finding, NodeRule, Pillar, Rule, TopologyRule } from './types.ts';

/** The node rules that run in a review, by service; rebuilt when the rule set or the context changes. */
interface Plan {
  rules: readonly Rule[];
  contextKey: string;
  byService: Map<string, NodeRule[]>;
}

/** What one node contributed: its answer per rule, and its findings under the plan they were gathered for. */
interface NodeMemo {
  perRule: Map<NodeRule, Finding | null>;
  plan?: Plan;
  findings?: Finding[];
}

/**
 * Memory of earlier reviews, so that an edit re-reviews only what it can have changed.
 *
 * - Node rules: one finding (or null) per (node object, rule) in a WeakMap. The model's edit
 *   operations replace the node objects they change and share the rest, so an unchanged node is
 *   the same object and its answers are reused; dropped nodes are garbage-collected with their
 *   entries. A node rule must therefore read only its node, the catalog and the workload context.
 * - Topology rules: their findings from the previous review. After an edit that changes only
 *   settings (same node ids, parents and services in the same order, same edges), a topology
 *   rule runs again only when an edited node is of one of its `services` or is a container; any
 *   other edit runs every topology rule. A topology rule must therefore list in `services` every
 *   service whose settings it reads.
 * - Both are dropped when the workload context or the default Region changes.
 */
export interface ReviewCache {
  contextKey: string | undefined;
  byNode: WeakMap<DesignNode, NodeMemo>;
  topology: Map<TopologyRule, Finding[]>;
  plan?: Plan;
  memo: ContextMemo;
  previous?: { design: DesignDocument; index: DesignIndex; sorted: Finding[] };
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

/** What changed since the cached review: nothing, settings of some services, or the structure. */
interface Change {
  structural: boolean;
  services: Set<string>;
  index: DesignIndex;
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
  const services = new Set<string>();
  if (!prev || prev.design.nodes.length !== design.nodes.length || !sameEdges(prev.design.edges, design.edges)) {
    return { structural: true, services, index: indexDesign(design) };
  }
  const changed: DesignNode[] = [];
  const before = prev.design.nodes;
  for (let i = 0; i < design.nodes.length; i += 1) {
    const a = before[i];
    const b = design.nodes[i];
    if (a === b) continue;
    if (a.id !== b.id || a.parent !== b.parent || a.service !== b.service || getEntry(b.service)?.kind === 'container') {
      return { structural: true, services, index: indexDesign(design) };
    }
    changed.push(b);
    services.add(b.service);
  }
  if (changed.length === 0) return { structural: false, services, index: prev.index };
  const nodes = new Map(prev.index.nodes);
  for (const n of changed) nodes.set(n.id, n);
  return { structural: false, services, index: { ...prev.index, nodes } };
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
  const change = diff(cache, design);
  if (change.structural) cache.memo = createContextMemo();
  const ctx = reviewContext(design, change.index, cache.memo);
  const findings: Finding[] = [];
  const outcomes: RuleOutcome[] = [];
  // Only rules that ran on this very design stay cached: a rule left out of this review (another
  // rule set, not applicable, context missing) would otherwise miss the edits made meanwhile.
  const topology = new Map<TopologyRule, Finding[]>();

  for (const rule of rules) {
    const services = [...new Set(rule.services)];
    let inspected = 0;
    for (const s of services) inspected += change.index.byService.get(s)?.length ?? 0;
    const missing = missingContext(rule, design);
    outcomes.push({ rule, inspected, contextMissing: missing.length > 0 });
    if (inspected === 0 && services.length > 0) continue;
    if (missing.length > 0) findings.push(contextMissingFinding(rule, missing));
    else if (rule.topology) {
      const before = cache.topology.get(rule);
      const dirty = !before || change.structural || contextChanged || services.length === 0 || services.some((s) => change.services.has(s));
      const found = dirty ? findingsFromHits(rule, rule.check(ctx), before) : before;
      topology.set(rule, found);
      for (const f of found) findings.push(f);
    }
  }

  // Node rules, node by node: an unchanged node hands back its findings in one lookup.
  const plan = planFor(cache, rules, design, contextKey);
  for (const node of design.nodes) {
    const nodeRules = plan.byService.get(node.service);
    if (!nodeRules) continue;
    let memo = cache.byNode.get(node);
    if (!memo) {
      memo = { perRule: new Map() };
      cache.byNode.set(node, memo);
    }
    if (memo.plan !== plan) {
      const out: Finding[] = [];
      for (const rule of nodeRules) {
        let f = memo.perRule.get(rule);
        if (f === undefined) {
          const hit = rule.checkNode(node, ctx);
          f = hit ? toFinding(rule, hit) : null;
          memo.perRule.set(rule, f);
        }
        if (f) out.push(f);
      }
      memo.plan = plan;
      memo.findings = out;
    }
    for (const f of memo.findings!) findings.push(f);
  }

  cache.topology = topology;
  const sorted = sortFindings(applySuppressions(findings, design.suppressions), cache.previous?.sorted);
  cache.previous = { design, index: change.index, sorted };
  return { findings: sorted, scores: scorePillars(outcomes, sorted), counts: countFindings(sorted) };
}
