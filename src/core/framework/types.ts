/**
 * The AWS Well-Architected Framework as data: pillars, their questions and each question's best
 * practices. Ids and titles follow AWS's framework; every summary is written in our own words.
 */
import type { Pillar } from '../review/types.ts';

/** Risk AWS assigns to leaving a best practice unmet: it drives the question's risk. */
export type RiskLevel = 'high' | 'medium' | 'low';

export const RISK_LEVELS: readonly RiskLevel[] = ['high', 'medium', 'low'];

export interface BestPractice {
  /** e.g. `REL10-BP01`: the question id, `-BP`, two digits. */
  id: string;
  /** AWS's title of the best practice. */
  title: string;
  /** Risk exposed when the best practice is not established. */
  risk: RiskLevel;
  /** One sentence in our own words. */
  summary: string;
}

export interface Question {
  /** e.g. `REL10`: the pillar prefix and two digits. */
  id: string;
  pillar: Pillar;
  /** AWS's question, e.g. "How do you use fault isolation to protect your workload?". */
  title: string;
  /** The pillar's best-practice area the question belongs to, e.g. "Failure management". */
  area: string;
  /** One sentence in our own words. */
  summary: string;
  bestPractices: readonly BestPractice[];
}

/** One row of a pillar file: id, risk, AWS title, our summary. */
export type BestPracticeRow = readonly [
  id: string,
  risk: RiskLevel,
  title: string,
  summary: string,
];

/** Builds the best practices of a question from compact rows. */
export function practices(rows: readonly BestPracticeRow[]): BestPractice[] {
  return rows.map(([id, risk, title, summary]) => ({ id, risk, title, summary }));
}
