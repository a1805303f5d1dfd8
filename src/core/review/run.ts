import { getEntry } from '../catalog/index.ts';
import { indexDesign, type DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode, Suppression } from '../model/types.ts';
import { reviewContext } from './context.ts';
import { RULES } from './registry.ts';
import { countFindings, scorePillars, type ReviewCounts, type RuleOutcome } from './score.ts';
import { PILLARS, SEVERITIES, type Finding, type NodeRule, type Pillar, type Rule, type RuleHit, type TopologyRule } from './types.ts';

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
  byNode: WeakMap<DesignNode, Map<NodeRule, Finding | null>>;
  topology: Map<TopologyRule, Finding[]>;
  previous?: { design: DesignDocument; index: DesignIndex };
}

/** An empty cache; pass one per editor (or per test) to keep reviews of unrelated designs apart. */
export function createReviewCache(): ReviewCache {
  return { contextKey: undefined, byNode: new WeakMap(), topology: new Map() };
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

function toFinding(rule: Rule, hit: RuleHit): Finding {
  const f: Finding = {
    rule: rule.id,
    pillar: rule.pillar,
    severity: rule.severity,
    bestPractice: rule.bestPractice,
    title: rule.title,
    message: hit.message ?? rule.title,
    nodes: hit.nodes,
    remediation: rule.remediation,
    docs: rule.docs,
    suppressed: false,
  };
  if (hit.fix) f.fix = hit.fix;
  return f;
}

function contextMissingFinding(rule: Rule, missing: string[]): Finding {
  return {
    ...toFinding(rule, { nodes: [], message: `${rule.title}: cannot decide without workload context (${missing.join(', ')})` }),
    severity: 'low',
    contextMissing: missing,
  };
}

function applySuppressions(findings: Finding[], suppressions: readonly Suppression[] | undefined): Finding[] {
  if (!suppressions || suppressions.length === 0) return findings;
  const byRule = new Map<string, Suppression[]>();
  for (const s of suppressions) byRule.set(s.rule, [...(byRule.get(s.rule) ?? []), s]);
  return findings.map((f) => {
    // A suppression with nodes covers a finding naming any of them, so a user can accept a
    // finding on one node without listing every other node the rule names beside it.
    const s = byRule.get(f.rule)?.find((x) => x.nodes.length === 0 || f.nodes.some((n) => x.nodes.includes(n)));
    return s ? { ...f, suppressed: true, justification: s.justification } : f;
  });
}

const PILLAR_RANK = new Map<string, number>(PILLARS.map((p, i) => [p, i]));
const SEVERITY_RANK = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));

function sortFindings(findings: Finding[]): Finding[] {
  // One key per finding, then plain string comparison: cheaper than a multi-field comparator at
  // thousands of findings. Code-unit order, not locale order, so every machine sorts alike.
  const keyed = findings.map((f) => ({
    f,
    k: `${f.suppressed ? 1 : 0}${SEVERITY_RANK.get(f.severity)}${PILLAR_RANK.get(f.pillar)}\u0000${f.rule}\u0000${f.nodes.join('\u0001')}\u0000${f.message}`,
  }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.f);
}

function missingContext(rule: Rule, design: DesignDocument): string[] {
  if (!rule.needsContext || rule.needsContext.length === 0) return [];
  return rule.needsContext.filter((k) => design.context?.[k] === undefined);
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
    contextChanged = true;
  }
  const change = diff(cache, design);
  const ctx = reviewContext(design, change.index);
  const findings: Finding[] = [];
  const outcomes: RuleOutcome[] = [];
  // Only rules that ran on this very design stay cached: a rule left out of this review (another
  // rule set, not applicable, context missing) would otherwise miss the edits made meanwhile.
  const topology = new Map<TopologyRule, Finding[]>();

  for (const rule of rules) {
    const services = [...new Set(rule.services)];
    let inspected = 0;
    for (const s of services) inspected += change.index.byService.get(s)?.length ?? 0;
    const applies = inspected > 0 || services.length === 0;
    const missing = missingContext(rule, design);
    outcomes.push({ rule, inspected, contextMissing: missing.length > 0 });
    if (!applies) continue;
    if (missing.length > 0) {
      findings.push(contextMissingFinding(rule, missing));
      continue;
    }
    if (rule.topology) {
      let found = cache.topology.get(rule);
      const dirty = !found || change.structural || contextChanged || services.length === 0 || services.some((s) => change.services.has(s));
      if (dirty) {
        found = rule.check(ctx).map((hit) => toFinding(rule, hit));
      }
      topology.set(rule, found!);
      for (const f of found!) findings.push(f);
      continue;
    }
    for (const s of services) {
      for (const id of change.index.byService.get(s) ?? []) {
        const node = change.index.nodes.get(id)!;
        let perNode = cache.byNode.get(node);
        if (!perNode) {
          perNode = new Map();
          cache.byNode.set(node, perNode);
        }
        let f = perNode.get(rule);
        if (f === undefined) {
          const hit = rule.checkNode(node, ctx);
          f = hit ? toFinding(rule, hit) : null;
          perNode.set(rule, f);
        }
        if (f) findings.push(f);
      }
    }
  }
  cache.topology = topology;
  cache.previous = { design, index: change.index };
  const final = sortFindings(applySuppressions(findings, design.suppressions));
  return { findings: final, scores: scorePillars(outcomes, final), counts: countFindings(final) };
}
