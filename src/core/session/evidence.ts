/**
 * What the review engine can say about each best practice of a design: the rules that cite it
 * and apply to the design, and their findings.
 */
import { indexDesign } from '../model/graph.ts';
import type { DesignDocument } from '../model/types.ts';
import { RULES } from '../review/registry.ts';
import type { ReviewResult } from '../review/run.ts';
import type { Finding, Rule } from '../review/types.ts';

/**
 * - `unmet`: an open finding shows the design does not follow the best practice.
 * - `met`: rules cite it, at least one applies, and none has any finding: suggested as followed.
 * - `undecided`: its only findings are suppressed (the team accepted them) or lack workload
 *   context; the team decides.
 * - `uncovered`: no rule citing it applies to the design; the team decides.
 */
export type EvidenceState = 'unmet' | 'met' | 'undecided' | 'uncovered';

export interface Evidence {
  state: EvidenceState;
  /** Ids of the rules citing the best practice that apply to the design. */
  rules: string[];
  /** Open findings (unsuppressed, decided): the reason the best practice is unmet. */
  open: Finding[];
  /** Suppressed and context-missing findings: shown to the team, decide nothing. */
  other: Finding[];
}

const UNCOVERED: Evidence = Object.freeze({
  state: 'uncovered',
  rules: [],
  open: [],
  other: [],
}) as Evidence;

/** True when a finding is open: not suppressed, and not a "context missing" placeholder. */
export function isOpen(f: Finding): boolean {
  return !f.suppressed && !f.contextMissing;
}

/** A rule applies when the design holds a node of one of its services (or it inspects no service). */
function applies(rule: Rule, services: ReadonlyMap<string, readonly string[]>): boolean {
  return (
    rule.services.length === 0 || rule.services.some((s) => (services.get(s)?.length ?? 0) > 0)
  );
}

/**
 * The evidence for every best practice the review has something to say about, by id; best
 * practices missing from the map are uncovered (see `evidenceFor`). `rules` must be the rule set
 * the review ran (the registry's by default).
 */
export function collectEvidence(
  review: Pick<ReviewResult, 'findings'>,
  design: DesignDocument,
  rules: readonly Rule[] = RULES,
): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  const entry = (bp: string): Evidence => {
    let e = out.get(bp);
    if (!e) {
      e = { state: 'uncovered', rules: [], open: [], other: [] };
      out.set(bp, e);
    }
    return e;
  };
  const services = indexDesign(design).byService;
  for (const rule of rules)
    if (applies(rule, services)) entry(rule.bestPractice).rules.push(rule.id);
  for (const f of review.findings) {
    const e = entry(f.bestPractice);
    if (isOpen(f)) e.open.push(f);
    else e.other.push(f);
  }
  for (const e of out.values()) {
    e.state =
      e.open.length > 0
        ? 'unmet'
        : e.other.length > 0
          ? 'undecided'
          : e.rules.length > 0
            ? 'met'
            : 'uncovered';
  }
  return out;
}

/** The evidence for one best practice; `uncovered` when the map has none. */
export function evidenceFor(
  evidence: ReadonlyMap<string, Evidence>,
  bestPractice: string,
): Evidence {
  return evidence.get(bestPractice) ?? UNCOVERED;
}
