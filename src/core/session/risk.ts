/** Question and pillar risks, and the improvement plan, derived from a session's answers. */
import { FRAMEWORK_PILLARS, QUESTIONS } from '../framework/questions.ts';
import type { BestPractice, Question, RiskLevel } from '../framework/types.ts';
import type { ReviewResult } from '../review/run.ts';
import type { Finding, Pillar, QuickFix } from '../review/types.ts';
import { isOpen } from './evidence.ts';
import type { Answer, PillarRiskCounts, QuestionRisk, ReviewSession } from './types.ts';

/**
 * The best practices an answer leaves unmet. A confirmed answer leaves unmet every best practice
 * it does not check (the Well-Architected Tool's reading); an unconfirmed one only those that
 * open findings showed unmet (`answer.unmet`), the rest being still open. A question that is not
 * applicable, or has no answer, has none.
 */
export function unmetBestPractices(question: Question, answer: Answer | undefined): BestPractice[] {
  if (!answer || answer.notApplicable) return [];
  const checked = new Set(answer.checked);
  if (answer.confirmed) return question.bestPractices.filter((b) => !checked.has(b.id));
  const unmet = new Set(answer.unmet ?? []);
  return question.bestPractices.filter((b) => unmet.has(b.id) && !checked.has(b.id));
}

/**
 * A question's risk as the Well-Architected Tool derives it: high when a high-risk best practice
 * is unmet, else medium when a medium-risk one is, else none; none when not applicable.
 * `unanswered` when there is no answer, or when an unconfirmed answer shows no high or medium
 * gap yet (the team has not said whether the open best practices are followed).
 */
export function questionRisk(question: Question, answer: Answer | undefined): QuestionRisk {
  if (!answer) return 'unanswered';
  if (answer.notApplicable) return 'none';
  const unmet = unmetBestPractices(question, answer);
  if (unmet.some((b) => b.risk === 'high')) return 'high';
  if (unmet.some((b) => b.risk === 'medium')) return 'medium';
  return answer.confirmed ? 'none' : 'unanswered';
}

/** Counts of question risks per pillar, in the framework's order. */
export function pillarRiskCounts(session: Pick<ReviewSession, 'answers'>): PillarRiskCounts[] {
  return FRAMEWORK_PILLARS.map((p) => {
    const counts: PillarRiskCounts = {
      pillar: p.id,
      high: 0,
      medium: 0,
      none: 0,
      unanswered: 0,
      notApplicable: 0,
    };
    for (const q of p.questions) {
      const answer = session.answers[q.id];
      if (answer?.notApplicable) counts.notApplicable += 1;
      else counts[questionRisk(q, answer)] += 1;
    }
    return counts;
  });
}

/** One step of the improvement plan: an unmet best practice, its open findings and their fixes. */
export interface PlanItem {
  pillar: Pillar;
  question: Question;
  bestPractice: BestPractice;
  risk: RiskLevel;
  /** Open findings citing the best practice. */
  findings: Finding[];
  /** The quick fixes those findings offer, in finding order. */
  fixes: QuickFix[];
}

const RISK_RANK: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 };

/**
 * The improvement plan: every unmet best practice (see `unmetBestPractices`), high risk first,
 * then medium, then low, in framework order within a risk level, each with the review's open
 * findings for it and their quick fixes.
 */
export function improvementPlan(
  session: Pick<ReviewSession, 'answers'>,
  review: Pick<ReviewResult, 'findings'>,
): PlanItem[] {
  const byPractice = new Map<string, Finding[]>();
  for (const f of review.findings) {
    if (!isOpen(f)) continue;
    const list = byPractice.get(f.bestPractice);
    if (list) list.push(f);
    else byPractice.set(f.bestPractice, [f]);
  }
  const items: PlanItem[] = [];
  for (const question of QUESTIONS) {
    for (const bp of unmetBestPractices(question, session.answers[question.id])) {
      const findings = byPractice.get(bp.id) ?? [];
      const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
      items.push({
        pillar: question.pillar,
        question,
        bestPractice: bp,
        risk: bp.risk,
        findings,
        fixes,
      });
    }
  }
  // Array.prototype.sort is stable, so framework order holds within a risk level.
  return items.sort((a, b) => RISK_RANK[a.risk] - RISK_RANK[b.risk]);
}
