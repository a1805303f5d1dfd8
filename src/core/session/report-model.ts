/**
 * What a session report says, independent of its format: the Markdown and HTML writers render
 * this model and nothing else, so both always carry the same content.
 */
import { FRAMEWORK_PILLARS, FRAMEWORK_VERSION } from '../framework/questions.ts';
import type { BestPractice, Question } from '../framework/types.ts';
import type { Estimate } from '../estimate/types.ts';
import type { DesignDocument } from '../model/types.ts';
import type { ReviewResult } from '../review/run.ts';
import type { Pillar } from '../review/types.ts';
import { isOpen } from './evidence.ts';
import {
  improvementPlan,
  pillarRiskCounts,
  questionRisk,
  unmetBestPractices,
  type PlanItem,
} from './risk.ts';
import type { PillarRiskCounts, QuestionRisk, ReviewSession } from './types.ts';

export interface ReportInput {
  design: DesignDocument;
  session: ReviewSession;
  review: Pick<ReviewResult, 'findings'>;
  /** Cost and carbon of the design as deployed: `estimate(design)`. */
  estimate?: Estimate;
  /** The design priced as if deployed in other Regions: `compareRegions(design, regions)`. */
  regions?: Estimate;
  /** Date printed on the report (e.g. `2025-03-01`); given, not read from the clock, so output is reproducible. */
  date: string;
}

export interface ReportQuestion {
  question: Question;
  risk: QuestionRisk;
  unmet: BestPractice[];
  /** Best practices neither checked nor unmet: the team has still to answer them. */
  open: BestPractice[];
  checked: number;
  /** False when the session holds no answer to the question at all. */
  answered: boolean;
  notes?: string;
  notApplicable?: string;
}

export interface ReportPillar {
  id: Pillar;
  name: string;
  counts: PillarRiskCounts;
  questions: ReportQuestion[];
}

export interface ReportRegionRow {
  region: string;
  monthlyUsd: number;
  kgCo2eMonth: number;
  unknown: number;
  unavailable: number;
}

export interface ReportModel {
  designName: string;
  date: string;
  framework: string;
  sessionId: string;
  totals: { high: number; medium: number; openFindings: number; suppressed: number };
  pillars: ReportPillar[];
  plan: PlanItem[];
  /** Node labels by id, for naming the nodes of findings. */
  labels: ReadonlyMap<string, string>;
  deployed?: ReportRegionRow[];
  comparison?: ReportRegionRow[];
  costNotes: readonly string[];
}

function rows(estimate: Estimate | undefined): ReportRegionRow[] | undefined {
  return estimate?.regions.map((r) => ({
    region: r.region,
    monthlyUsd: r.monthlyUsd,
    kgCo2eMonth: r.kgCo2eMonth,
    unknown: r.unknown.length,
    unavailable: r.unavailable.length,
  }));
}

/** Builds the report's content from a session, its review and (optionally) estimates. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { design, session, review } = input;
  const counts = pillarRiskCounts(session);
  const pillars: ReportPillar[] = FRAMEWORK_PILLARS.map((p, i) => ({
    id: p.id,
    name: p.name,
    counts: counts[i],
    questions: p.questions.map((question) => {
      const answer = session.answers[question.id];
      const unmet = unmetBestPractices(question, answer);
      const checked = new Set(answer?.checked ?? []);
      const unmetIds = new Set(unmet.map((b) => b.id));
      const q: ReportQuestion = {
        question,
        risk: questionRisk(question, answer),
        unmet,
        open: answer?.notApplicable
          ? []
          : question.bestPractices.filter((b) => !checked.has(b.id) && !unmetIds.has(b.id)),
        checked: checked.size,
        answered: answer !== undefined,
      };
      if (answer?.notes) q.notes = answer.notes;
      if (answer?.notApplicable) q.notApplicable = answer.notApplicable.reason;
      return q;
    }),
  }));
  const open = review.findings.filter(isOpen).length;
  return {
    designName: design.name,
    date: input.date,
    framework: `${FRAMEWORK_VERSION.name}, version ${session.frameworkVersion ?? FRAMEWORK_VERSION.version}`,
    sessionId: session.id,
    totals: {
      high: counts.reduce((s, c) => s + c.high, 0),
      medium: counts.reduce((s, c) => s + c.medium, 0),
      openFindings: open,
      suppressed: review.findings.filter((f) => f.suppressed).length,
    },
    pillars,
    plan: improvementPlan(session, review),
    labels: new Map(design.nodes.map((n) => [n.id, n.label || n.id])),
    deployed: rows(input.estimate),
    comparison: rows(input.regions),
    costNotes: input.estimate?.notes ?? input.regions?.notes ?? [],
  };
}

/** Display name of a question risk. */
export const RISK_LABEL: Record<QuestionRisk, string> = {
  high: 'High risk',
  medium: 'Medium risk',
  none: 'No risk',
  unanswered: 'Not answered',
};

/** USD with cents and thousands separators, e.g. `$1,234.50`. */
export function usd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** kg CO2e with one decimal, e.g. `12.3`. */
export function kg(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
