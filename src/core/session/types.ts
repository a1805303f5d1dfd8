/**
 * A Well-Architected review session: the team's answers to the framework's questions about one
 * design, and the milestones they saved. Kept apart from the design document: a design can be
 * reviewed many times, and a session snapshot must not change when the design is edited.
 */
import type { DesignDocument } from '../model/types.ts';
import type { Finding, Pillar } from '../review/types.ts';

/** The team's answer to one question. Best practices are referred to by id, e.g. `REL10-BP01`. */
export interface Answer {
  /** Best practices marked as followed (by the team, or suggested by the review; see `suggested`). */
  checked: string[];
  /** The question does not apply to this workload; its risk is then none. */
  notApplicable?: { reason: string };
  notes?: string;
  /**
   * True once the team has confirmed the answer. A confirmed answer reads as the
   * Well-Architected Tool reads one: every best practice left unchecked is unmet. Before that,
   * only the best practices in `unmet` count, and the rest are still open for the team.
   */
  confirmed?: boolean;
  /** The subset of `checked` that the review suggested (its rules all pass) and nobody has confirmed. */
  suggested?: string[];
  /** Best practices that open findings show are not followed; written by `prefill`. */
  unmet?: string[];
}

export interface ReviewSession {
  id: string;
  /** Name of the design the session reviews (the design itself stays out of the session). */
  designName: string;
  /** ISO 8601. */
  createdAt?: string;
  /** Framework version the answers refer to (`FRAMEWORK_VERSION.version`). */
  frameworkVersion?: string;
  /** Keyed by question id, e.g. `REL10`. Questions without an entry are unanswered. */
  answers: Record<string, Answer>;
  milestones: Milestone[];
}

/** Cost and carbon of one Region in a milestone, per month. */
export interface MilestoneRegion {
  region: string;
  /** USD per month, known lines only. */
  monthlyUsd: number;
  /** kg CO2e per month, known lines only. */
  kgCo2eMonth: number;
  /** Nodes whose cost or carbon is unknown there (left out of the totals, never 0). */
  unknown: number;
}

/** A named snapshot of a session: design, answers, findings, cost and carbon at one moment. */
export interface Milestone {
  id: string;
  name: string;
  /** ISO 8601, from the timestamp given to `createMilestone`. */
  createdAt: string;
  frameworkVersion: string;
  design: DesignDocument;
  answers: Record<string, Answer>;
  findings: Finding[];
  cost: {
    /** USD per month over every Region, known lines only. */
    monthlyUsd: number;
    /** kg CO2e per month over every Region, known lines only. */
    kgCo2eMonth: number;
    regions: MilestoneRegion[];
  };
}

/** Risk of a question, as the Well-Architected Tool derives it; `unanswered` until the team answers. */
export type QuestionRisk = 'high' | 'medium' | 'none' | 'unanswered';

/** Risk counts of one pillar. */
export interface PillarRiskCounts {
  pillar: Pillar;
  high: number;
  medium: number;
  none: number;
  unanswered: number;
  notApplicable: number;
}
