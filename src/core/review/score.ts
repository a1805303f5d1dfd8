import {
  PILLARS,
  SEVERITIES,
  type Finding,
  type Pillar,
  type Rule,
  type Severity,
} from './types.ts';

/** Weight of a rule in its pillar's score, by severity: a high-risk gap costs five low ones. */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { high: 5, medium: 3, low: 1 };

/** What a rule contributed to the review: how many nodes it inspected and whether it decided. */
export interface RuleOutcome {
  rule: Rule;
  /** Nodes of the rule's services in the design (0: the rule does not apply). */
  inspected: number;
  /** True when the rule did not run because workload context is missing. */
  contextMissing: boolean;
}

/**
 * Score per pillar, 0-100, from the unsuppressed findings.
 *
 * A rule applies to a design when the design holds a node of one of its `services` (rules with
 * no services always apply) and it was not skipped for missing context. With w(rule) the weight
 * of its severity (`SEVERITY_WEIGHT`) and A the applicable rules of the pillar:
 *
 *   score = round(100 x (1 - sum over A of w(rule) x failed(rule) / sum over A of w(rule)))
 *
 * where failed(rule) is, for a node rule, the share of the nodes it inspected that have an
 * unsuppressed finding (one unencrypted bucket among ten costs a tenth of the rule's weight), and
 * for a topology rule 1 when it has any unsuppressed finding, else 0 (a topology finding is about
 * the shape of the design, not one node among many). A pillar with no applicable rule scores 100.
 */
export function scorePillars(
  outcomes: readonly RuleOutcome[],
  findings: readonly Finding[],
): Record<Pillar, number> {
  const failedNodes = new Map<string, number>();
  for (const f of findings) {
    if (f.suppressed || f.contextMissing) continue;
    failedNodes.set(f.rule, (failedNodes.get(f.rule) ?? 0) + 1);
  }
  const total = Object.fromEntries(PILLARS.map((p) => [p, 0])) as Record<Pillar, number>;
  const lost = Object.fromEntries(PILLARS.map((p) => [p, 0])) as Record<Pillar, number>;
  for (const o of outcomes) {
    if (o.contextMissing || (o.inspected === 0 && o.rule.services.length > 0)) continue;
    const w = SEVERITY_WEIGHT[o.rule.severity];
    const hits = failedNodes.get(o.rule.id) ?? 0;
    // A node rule gives at most one finding per node, so hits / inspected is a share of nodes.
    const failed = o.rule.topology
      ? hits > 0
        ? 1
        : 0
      : Math.min(1, hits / Math.max(1, o.inspected));
    total[o.rule.pillar] += w;
    lost[o.rule.pillar] += w * failed;
  }
  const out = {} as Record<Pillar, number>;
  for (const p of PILLARS)
    out[p] = total[p] === 0 ? 100 : Math.round(100 * (1 - lost[p] / total[p]));
  return out;
}

/** Finding counts: unsuppressed ones by severity and pillar, plus suppressed and context-missing totals. */
export interface ReviewCounts {
  total: number;
  open: number;
  suppressed: number;
  contextMissing: number;
  bySeverity: Record<Severity, number>;
  byPillar: Record<Pillar, number>;
}

/** Counts the findings; `bySeverity` and `byPillar` count open (unsuppressed) findings only. */
export function countFindings(findings: readonly Finding[]): ReviewCounts {
  const counts: ReviewCounts = {
    total: findings.length,
    open: 0,
    suppressed: 0,
    contextMissing: 0,
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
    byPillar: Object.fromEntries(PILLARS.map((p) => [p, 0])) as Record<Pillar, number>,
  };
  for (const f of findings) {
    if (f.contextMissing) counts.contextMissing += 1;
    if (f.suppressed) {
      counts.suppressed += 1;
      continue;
    }
    counts.open += 1;
    counts.bySeverity[f.severity] += 1;
    counts.byPillar[f.pillar] += 1;
  }
  return counts;
}
