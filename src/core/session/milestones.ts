/**
 * Milestones: named snapshots of a session (design, answers, findings, cost and carbon), and the
 * comparison of two of them. Snapshots are deep copies, so later edits never reach them.
 */
import { FRAMEWORK_VERSION, QUESTIONS } from '../framework/questions.ts';
import type { Estimate } from '../estimate/types.ts';
import type { DesignDocument, DesignEdge, DesignNode } from '../model/types.ts';
import type { ReviewResult } from '../review/run.ts';
import type { Finding, Pillar } from '../review/types.ts';
import { questionRisk, unmetBestPractices } from './risk.ts';
import type { Milestone, QuestionRisk, ReviewSession } from './types.ts';

function toIso(at: Date | string | number): string {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime()))
    throw new RangeError(`createMilestone: invalid timestamp ${String(at)}`);
  return d.toISOString();
}

/**
 * A snapshot of the session's answers, the design, the review's findings and the estimate's
 * cost and carbon, taken at `at`. `estimate` should be `estimate(design)` (each node in the Region
 * it is deployed to): its Regions are summed into the totals. Deterministic: the same arguments
 * give the same milestone; its id numbers it after the session's existing milestones.
 */
export function createMilestone(
  name: string,
  design: DesignDocument,
  session: ReviewSession,
  review: Pick<ReviewResult, 'findings'>,
  estimate: Estimate,
  at: Date | string | number,
): Milestone {
  const regions = estimate.regions.map((r) => ({
    region: r.region,
    monthlyUsd: r.monthlyUsd,
    kgCo2eMonth: r.kgCo2eMonth,
    unknown: r.unknown.length,
  }));
  return {
    id: `milestone-${session.milestones.length + 1}`,
    name,
    createdAt: toIso(at),
    frameworkVersion: session.frameworkVersion ?? FRAMEWORK_VERSION.version,
    design: structuredClone(design),
    answers: structuredClone(session.answers),
    findings: structuredClone(review.findings),
    cost: {
      monthlyUsd: regions.reduce((s, r) => s + r.monthlyUsd, 0),
      kgCo2eMonth: regions.reduce((s, r) => s + r.kgCo2eMonth, 0),
      regions,
    },
  };
}

/** The session with the milestone appended. */
export function addMilestone(session: ReviewSession, milestone: Milestone): ReviewSession {
  return { ...session, milestones: [...session.milestones, milestone] };
}

/** Node and edge ids that differ between two designs. */
export interface DesignDiff {
  added: string[];
  removed: string[];
  /** Nodes in both whose props, usage, parent, label or service differ. */
  changed: string[];
  edges: { added: string[]; removed: string[]; changed: string[] };
}

/** JSON with object keys sorted, so that key order never reads as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function nodeKey(n: DesignNode): string {
  return canonical({
    props: n.props ?? {},
    usage: n.usage ?? {},
    parent: n.parent ?? null,
    label: n.label ?? null,
    service: n.service,
  });
}

function edgeKey(e: DesignEdge): string {
  return canonical({
    source: e.source,
    target: e.target,
    label: e.label ?? null,
    meaning: e.meaning ?? null,
  });
}

function diffById<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
  key: (x: T) => string,
) {
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Map(b.map((x) => [x.id, x]));
  return {
    added: b.filter((x) => !before.has(x.id)).map((x) => x.id),
    removed: a.filter((x) => !after.has(x.id)).map((x) => x.id),
    changed: b
      .filter((x) => before.has(x.id) && key(before.get(x.id)!) !== key(x))
      .map((x) => x.id),
  };
}

/** Added, removed and changed nodes and edges from `a` to `b`; layout (position, size) is ignored. */
export function diffDesigns(a: DesignDocument, b: DesignDocument): DesignDiff {
  return { ...diffById(a.nodes, b.nodes, nodeKey), edges: diffById(a.edges, b.edges, edgeKey) };
}

/** How one question's risk moved between two milestones. */
export interface QuestionRiskChange {
  question: string;
  pillar: Pillar;
  before: QuestionRisk;
  after: QuestionRisk;
  /** Best practices unmet before and not after. */
  fixed: string[];
  /** Best practices unmet after and not before. */
  new: string[];
}

/** A finding as compared between milestones: the same rule on the same nodes is the same finding. */
export interface FindingRef {
  rule: string;
  nodes: string[];
  bestPractice: string;
  severity: Finding['severity'];
  message: string;
}

export interface Delta {
  before: number;
  after: number;
  /** after - before. */
  change: number;
}

export interface MilestoneComparison {
  from: { id: string; name: string; createdAt: string };
  to: { id: string; name: string; createdAt: string };
  /** Questions whose risk or unmet best practices changed, in framework order. */
  questions: QuestionRiskChange[];
  /** Questions whose risk went down (high to medium or none, medium to none or unanswered). */
  risksFixed: string[];
  /** Questions whose risk went up. */
  risksNew: string[];
  findingsFixed: FindingRef[];
  findingsNew: FindingRef[];
  /** USD per month. */
  cost: Delta;
  /** kg CO2e per month. */
  carbon: Delta;
  design: DesignDiff;
}

const RISK_RANK: Record<QuestionRisk, number> = { high: 2, medium: 1, none: 0, unanswered: 0 };

function findingKey(f: Pick<Finding, 'rule' | 'nodes'>): string {
  return `${f.rule}\u0000${[...f.nodes].sort().join('\u0001')}`;
}

function openRefs(findings: readonly Finding[]): Map<string, FindingRef> {
  const out = new Map<string, FindingRef>();
  for (const f of findings) {
    if (f.suppressed) continue;
    out.set(findingKey(f), {
      rule: f.rule,
      nodes: [...f.nodes],
      bestPractice: f.bestPractice,
      severity: f.severity,
      message: f.message,
    });
  }
  return out;
}

function delta(before: number, after: number): Delta {
  return { before, after, change: after - before };
}

/**
 * What changed from milestone `a` to milestone `b`: question risks and the best practices behind
 * them, findings fixed and new (open findings, matched by rule and nodes), cost and carbon, and
 * the design's added, removed and changed nodes and edges.
 */
export function compareMilestones(a: Milestone, b: Milestone): MilestoneComparison {
  const questions: QuestionRiskChange[] = [];
  for (const q of QUESTIONS) {
    const before = questionRisk(q, a.answers[q.id]);
    const after = questionRisk(q, b.answers[q.id]);
    const unmetBefore = new Set(unmetBestPractices(q, a.answers[q.id]).map((x) => x.id));
    const unmetAfter = new Set(unmetBestPractices(q, b.answers[q.id]).map((x) => x.id));
    const fixed = [...unmetBefore].filter((id) => !unmetAfter.has(id));
    const added = [...unmetAfter].filter((id) => !unmetBefore.has(id));
    if (before !== after || fixed.length > 0 || added.length > 0)
      questions.push({ question: q.id, pillar: q.pillar, before, after, fixed, new: added });
  }
  const was = openRefs(a.findings);
  const now = openRefs(b.findings);
  return {
    from: { id: a.id, name: a.name, createdAt: a.createdAt },
    to: { id: b.id, name: b.name, createdAt: b.createdAt },
    questions,
    risksFixed: questions
      .filter((c) => RISK_RANK[c.after] < RISK_RANK[c.before])
      .map((c) => c.question),
    risksNew: questions
      .filter((c) => RISK_RANK[c.after] > RISK_RANK[c.before])
      .map((c) => c.question),
    findingsFixed: [...was].filter(([k]) => !now.has(k)).map(([, f]) => f),
    findingsNew: [...now].filter(([k]) => !was.has(k)).map(([, f]) => f),
    cost: delta(a.cost.monthlyUsd, b.cost.monthlyUsd),
    carbon: delta(a.cost.kgCo2eMonth, b.cost.kgCo2eMonth),
    design: diffDesigns(a.design, b.design),
  };
}
