/**
 * Creating a session, pre-filling it from the review engine, and the edits a team makes to its
 * answers. Every function is pure: it returns a new session and never mutates its input.
 */
import { FRAMEWORK_VERSION, QUESTIONS, getQuestion } from '../framework/questions.ts';
import type { DesignDocument } from '../model/types.ts';
import { RULES } from '../review/registry.ts';
import type { ReviewResult } from '../review/run.ts';
import type { Rule } from '../review/types.ts';
import { collectEvidence, evidenceFor, type Evidence } from './evidence.ts';
import type { Answer, ReviewSession } from './types.ts';

/** A new session with no answers and no milestones. */
export function createSession(
  design: Pick<DesignDocument, 'name'>,
  options: { id: string; createdAt?: string },
): ReviewSession {
  const session: ReviewSession = {
    id: options.id,
    designName: design.name,
    frameworkVersion: FRAMEWORK_VERSION.version,
    answers: {},
    milestones: [],
  };
  if (options.createdAt !== undefined) session.createdAt = options.createdAt;
  return session;
}

export interface Prefilled {
  session: ReviewSession;
  /** What the review says about each best practice (see `evidenceFor`), for linking findings. */
  evidence: Map<string, Evidence>;
}

/** Ids in the question's own order, without duplicates. */
function ordered(questionId: string, ids: Iterable<string>): string[] {
  const set = new Set(ids);
  return (getQuestion(questionId)?.bestPractices ?? [])
    .map((b) => b.id)
    .filter((id) => set.has(id));
}

/** The answer with empty optional lists dropped, so answers compare and serialize cleanly. */
function tidy(answer: Answer): Answer {
  const out: Answer = { ...answer };
  if (!out.suggested || out.suggested.length === 0) delete out.suggested;
  if (!out.unmet || out.unmet.length === 0) delete out.unmet;
  return out;
}

/**
 * Pre-fills the answers from a review of `design` (run with `rules`, the registry's by default):
 *
 * - a best practice with an open finding is unmet: it is unchecked and listed in `unmet`, and the
 *   findings are linked to it through the returned `evidence`;
 * - one whose applicable rules all pass is suggested as met: checked, listed in `suggested`, and
 *   the answer stays `confirmed: false` until the team confirms it;
 * - best practices no applicable rule covers are left as the team set them.
 *
 * A confirmed answer keeps the team's choices except where the design now proves them wrong (a
 * checked best practice got a finding) or a finding that made one unmet is gone (it is checked
 * again, as a suggestion). Questions marked not applicable are left alone. Run it again after
 * every review: it is idempotent for the same review.
 */
export function prefill(
  session: ReviewSession,
  review: Pick<ReviewResult, 'findings'>,
  design: DesignDocument,
  rules: readonly Rule[] = RULES,
): Prefilled {
  const evidence = collectEvidence(review, design, rules);
  const answers: Record<string, Answer> = { ...session.answers };
  for (const question of QUESTIONS) {
    const previous = answers[question.id];
    if (previous?.notApplicable) continue;
    const unmet: string[] = [];
    const met: string[] = [];
    for (const bp of question.bestPractices) {
      const state = evidenceFor(evidence, bp.id).state;
      if (state === 'unmet') unmet.push(bp.id);
      else if (state === 'met') met.push(bp.id);
    }
    if (!previous && unmet.length === 0 && met.length === 0) continue;
    const base: Answer = previous ?? { checked: [], confirmed: false };
    const unmetSet = new Set(unmet);
    let checked: string[];
    let suggested: string[];
    if (base.confirmed) {
      const reopened = (base.unmet ?? []).filter((id) => met.includes(id));
      checked = ordered(question.id, [
        ...base.checked.filter((id) => !unmetSet.has(id)),
        ...reopened,
      ]);
      suggested = ordered(question.id, [...(base.suggested ?? []), ...reopened]).filter((id) =>
        checked.includes(id),
      );
    } else {
      const before = new Set(base.suggested ?? []);
      const team = base.checked.filter((id) => !before.has(id) && !unmetSet.has(id));
      checked = ordered(question.id, [...team, ...met]);
      suggested = met.filter((id) => !team.includes(id));
    }
    answers[question.id] = tidy({
      ...base,
      checked,
      suggested,
      unmet,
      confirmed: base.confirmed ?? false,
    });
  }
  return { session: { ...session, answers }, evidence };
}

function update(
  session: ReviewSession,
  questionId: string,
  change: (a: Answer) => Answer,
): ReviewSession {
  if (!getQuestion(questionId)) throw new RangeError(`unknown question ${questionId}`);
  const current = session.answers[questionId] ?? { checked: [], confirmed: false };
  return { ...session, answers: { ...session.answers, [questionId]: tidy(change(current)) } };
}

/** Checks or unchecks one best practice; a team choice, so it is no longer a suggestion. */
export function setBestPractice(
  session: ReviewSession,
  bestPracticeId: string,
  checked: boolean,
): ReviewSession {
  const questionId = bestPracticeId.split('-')[0];
  if (!getQuestion(questionId)?.bestPractices.some((b) => b.id === bestPracticeId))
    throw new RangeError(`unknown best practice ${bestPracticeId}`);
  return update(session, questionId, (a) => ({
    ...a,
    checked: ordered(
      questionId,
      checked ? [...a.checked, bestPracticeId] : a.checked.filter((id) => id !== bestPracticeId),
    ),
    suggested: (a.suggested ?? []).filter((id) => id !== bestPracticeId),
  }));
}

/** Confirms an answer: suggestions become the team's, and unchecked best practices count as unmet. */
export function confirmAnswer(session: ReviewSession, questionId: string): ReviewSession {
  return update(session, questionId, (a) => ({ ...a, confirmed: true, suggested: [] }));
}

/** Marks a question not applicable with a reason, or (reason undefined) applicable again. */
export function setNotApplicable(
  session: ReviewSession,
  questionId: string,
  reason: string | undefined,
): ReviewSession {
  return update(session, questionId, (a) => {
    const next: Answer = { ...a };
    if (reason === undefined) delete next.notApplicable;
    else next.notApplicable = { reason };
    return next;
  });
}

/** Sets a question's notes (empty text removes them). */
export function setNotes(session: ReviewSession, questionId: string, notes: string): ReviewSession {
  return update(session, questionId, (a) => {
    const next: Answer = { ...a };
    if (notes === '') delete next.notes;
    else next.notes = notes;
    return next;
  });
}
