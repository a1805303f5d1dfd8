import { FRAMEWORK_PILLARS, QUESTIONS } from '../../core/framework/index.ts';
import type { DesignDocument } from '../../core/model/types.ts';
import type { Answer, QuestionRisk } from '../../core/session/index.ts';
import type { Pillar } from '../../core/review/types.ts';

/** Display texts and small helpers shared by the session screen's parts. */

export const RISK_TEXT: Record<QuestionRisk, string> = {
  high: 'High risk',
  medium: 'Medium risk',
  none: 'No risk',
  unanswered: 'Not answered',
};
export const RISK_SHORT: Record<QuestionRisk, string> = {
  high: 'High',
  medium: 'Medium',
  none: 'None',
  unanswered: 'Open',
};

/** Answered by the team: confirmed, or marked not applicable. */
export function isAnswered(answer: Answer | undefined): boolean {
  return !!answer && (answer.confirmed === true || answer.notApplicable !== undefined);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Node labels by id, falling back to the id. */
export function nodeLabels(design: Pick<DesignDocument, 'nodes'>): Map<string, string> {
  return new Map(design.nodes.map((n) => [n.id, n.label || n.id]));
}

export function pillarName(pillar: Pillar): string {
  return FRAMEWORK_PILLARS.find((p) => p.id === pillar)?.name ?? pillar;
}

/** Position of a question in the whole framework (0-based), -1 when unknown. */
export function questionIndex(id: string): number {
  return QUESTIONS.findIndex((q) => q.id === id);
}

const usdFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const kgFormat = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

export function usd(n: number): string {
  return usdFormat.format(n);
}

export function kg(n: number): string {
  return kgFormat.format(n);
}

export function kgCo2e(n: number): string {
  return `${kgFormat.format(n)} kg CO2e`;
}

/** A signed change, e.g. "+$12.00" or "−$3.50"; "no change" at zero. */
export function signed(n: number, format: (v: number) => string): string {
  if (Math.abs(n) < 0.005) return 'no change';
  return `${n > 0 ? '+' : '−'}${format(Math.abs(n))}`;
}

export type SessionTab = 'questions' | 'plan' | 'milestones' | 'report';

/** Where the user was, per design, so that closing and reopening the screen keeps the place. */
const lastView = new Map<string, { question: string; tab: SessionTab }>();

export function rememberedView(designKey: string): { question: string; tab: SessionTab } {
  return lastView.get(designKey) ?? { question: QUESTIONS[0].id, tab: 'questions' };
}

export function rememberView(designKey: string, view: { question: string; tab: SessionTab }): void {
  lastView.set(designKey, view);
}
