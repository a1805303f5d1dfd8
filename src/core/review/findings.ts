import type { Suppression } from '../model/types.ts';
import { PILLARS, SEVERITIES, type Finding, type Rule, type RuleHit } from './types.ts';

/** A rule's hit as a finding (unsuppressed). */
export function toFinding(rule: Rule, hit: RuleHit): Finding {
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

/** The finding a rule gives instead of running when workload context it needs is missing. */
export function contextMissingFinding(rule: Rule, missing: string[]): Finding {
  return {
    ...toFinding(rule, {
      nodes: [],
      message: `${rule.title}: cannot decide without workload context (${missing.join(', ')})`,
    }),
    severity: 'low',
    contextMissing: missing,
  };
}

function hitKey(hit: { nodes: readonly string[]; message?: string; fix?: unknown }): string {
  return `${hit.nodes.join('\u0001')}\u0000${hit.message ?? ''}\u0000${hit.fix ? JSON.stringify(hit.fix) : ''}`;
}

/**
 * Findings for a topology rule's fresh hits, reusing the previous finding object wherever a hit is
 * unchanged: a re-run after an edit then yields mostly the same objects, which keeps the
 * incremental sort below cheap.
 */
export function findingsFromHits(
  rule: Rule,
  hits: RuleHit[],
  previous: readonly Finding[] | undefined,
): Finding[] {
  if (!previous || previous.length === 0) return hits.map((h) => toFinding(rule, h));
  const old = new Map<string, Finding>();
  for (const f of previous) old.set(hitKey(f), f);
  return hits.map((h) => {
    const key = hitKey({ nodes: h.nodes, message: h.message ?? rule.title, fix: h.fix });
    const same = old.get(key);
    if (same) old.delete(key);
    return same ?? toFinding(rule, h);
  });
}

// Suppressed copies per base finding, so an unchanged suppressed finding keeps its identity.
const suppressedCopies = new WeakMap<Finding, Finding>();

/** Marks findings covered by a suppression (same rule; no nodes, or a node in common) with its justification. */
export function applySuppressions(
  findings: Finding[],
  suppressions: readonly Suppression[] | undefined,
): Finding[] {
  if (!suppressions || suppressions.length === 0) return findings;
  const byRule = new Map<string, Suppression[]>();
  for (const s of suppressions) byRule.set(s.rule, [...(byRule.get(s.rule) ?? []), s]);
  return findings.map((f) => {
    // A suppression with nodes covers a finding naming any of them, so a user can accept a
    // finding on one node without listing every other node the rule names beside it.
    const s = byRule
      .get(f.rule)
      ?.find((x) => x.nodes.length === 0 || f.nodes.some((n) => x.nodes.includes(n)));
    if (!s) return f;
    const cached = suppressedCopies.get(f);
    if (cached && cached.justification === s.justification) return cached;
    const copy = { ...f, suppressed: true, justification: s.justification };
    suppressedCopies.set(f, copy);
    return copy;
  });
}

const PILLAR_RANK = new Map<string, number>(PILLARS.map((p, i) => [p, i]));
const SEVERITY_RANK = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));

/**
 * Open before suppressed, then severity, pillar, rule id, node ids, message. Compares fields in
 * turn rather than building a sort key per finding: at thousands of findings the keys' strings
 * cost more than the sort. Code-unit order, not locale order, so every machine sorts alike.
 */
function byKey(a: Finding, b: Finding): number {
  if (a === b) return 0;
  if (a.suppressed !== b.suppressed) return a.suppressed ? 1 : -1;
  if (a.severity !== b.severity)
    return SEVERITY_RANK.get(a.severity)! - SEVERITY_RANK.get(b.severity)!;
  if (a.pillar !== b.pillar) return PILLAR_RANK.get(a.pillar)! - PILLAR_RANK.get(b.pillar)!;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  const n = Math.min(a.nodes.length, b.nodes.length);
  for (let i = 0; i < n; i += 1)
    if (a.nodes[i] !== b.nodes[i]) return a.nodes[i] < b.nodes[i] ? -1 : 1;
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return 0;
}

/** Merges `added` (in any order) into `kept` (sorted), giving one sorted list. */
export function mergeSorted(kept: readonly Finding[], added: Finding[]): Finding[] {
  added.sort(byKey);
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length && j < added.length)
    out.push(byKey(kept[i], added[j]) <= 0 ? kept[i++] : added[j++]);
  while (i < kept.length) out.push(kept[i++]);
  while (j < added.length) out.push(added[j++]);
  return out;
}

/**
 * Sorts findings deterministically. Given the previous review's sorted list, keeps its order for
 * the findings still present and merges in only the new ones: most findings survive an edit, and
 * re-sorting thousands of them would dominate the review time.
 */
export function sortFindings(findings: Finding[], previous?: readonly Finding[]): Finding[] {
  if (!previous) return [...findings].sort(byKey);
  const now = new Set(findings);
  const kept = previous.filter((f) => now.has(f));
  const had = new Set(kept);
  return mergeSorted(
    kept,
    findings.filter((f) => !had.has(f)),
  );
}
