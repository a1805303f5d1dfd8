import type { Answer, Milestone, ReviewSession } from '../../core/session/index.ts';

/**
 * Shape checks for a session read back from browser storage: anything written by an older or
 * damaged build reads as "no session" rather than crashing the screen.
 */

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isStrings(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

function optional(x: unknown, check: (v: unknown) => boolean): boolean {
  return x === undefined || check(x);
}

function isAnswer(x: unknown): x is Answer {
  if (!isObject(x) || !isStrings(x.checked)) return false;
  return (
    optional(x.suggested, isStrings) &&
    optional(x.unmet, isStrings) &&
    optional(x.notes, (v) => typeof v === 'string') &&
    optional(x.confirmed, (v) => typeof v === 'boolean') &&
    optional(x.notApplicable, (v) => isObject(v) && typeof v.reason === 'string')
  );
}

function isAnswers(x: unknown): x is Record<string, Answer> {
  return isObject(x) && Object.values(x).every(isAnswer);
}

function isFinite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function isMilestone(x: unknown): x is Milestone {
  if (!isObject(x)) return false;
  const { design, cost } = x;
  return (
    typeof x.id === 'string' &&
    typeof x.name === 'string' &&
    typeof x.createdAt === 'string' &&
    typeof x.frameworkVersion === 'string' &&
    isObject(design) &&
    Array.isArray(design.nodes) &&
    Array.isArray(design.edges) &&
    isAnswers(x.answers) &&
    Array.isArray(x.findings) &&
    x.findings.every((f) => isObject(f) && typeof f.rule === 'string' && isStrings(f.nodes)) &&
    isObject(cost) &&
    isFinite(cost.monthlyUsd) &&
    isFinite(cost.kgCo2eMonth) &&
    Array.isArray(cost.regions)
  );
}

/** True when `x` has the shape of a `ReviewSession` (as `writeSession` stored it). */
export function isReviewSession(x: unknown): x is ReviewSession {
  return (
    isObject(x) &&
    typeof x.id === 'string' &&
    typeof x.designName === 'string' &&
    optional(x.createdAt, (v) => typeof v === 'string') &&
    optional(x.frameworkVersion, (v) => typeof v === 'string') &&
    isAnswers(x.answers) &&
    Array.isArray(x.milestones) &&
    x.milestones.every(isMilestone)
  );
}
