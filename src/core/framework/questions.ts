/**
 * The framework version Cloudwright encodes, its six pillars in AWS's order, and lookups by id.
 *
 * Ids, titles and risk levels follow the AWS Well-Architected Framework published on
 * 2024-11-06 (the version at docs.aws.amazon.com/wellarchitected/latest/framework/ when this was
 * written); every summary is our own wording. When AWS publishes a new version, update the pillar
 * files and `FRAMEWORK_VERSION` together: sessions record the version they were answered against.
 */
import { PILLARS, PILLAR_NAMES, type Pillar } from '../review/types.ts';
import { COST_OPTIMIZATION } from './pillars/cost-optimization.ts';
import { OPERATIONAL_EXCELLENCE } from './pillars/operational-excellence.ts';
import { PERFORMANCE_EFFICIENCY } from './pillars/performance-efficiency.ts';
import { RELIABILITY } from './pillars/reliability.ts';
import { SECURITY } from './pillars/security.ts';
import { SUSTAINABILITY } from './pillars/sustainability.ts';
import type { BestPractice, Question } from './types.ts';

/** Which framework the data encodes, with its provenance. */
export const FRAMEWORK_VERSION = {
  name: 'AWS Well-Architected Framework',
  /** AWS's version id: the publication date. */
  version: '2024-11-06',
  published: '2024-11-06',
  source: 'https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html',
  /**
   * What the ids, titles and risk levels were checked against: AWS's best-practice pages
   * (docs.aws.amazon.com/wellarchitected/latest/<pillar>-pillar/), as listed in the
   * Apache-2.0 data of awslabs/mcp `well-architected-bp-mcp-server` (307 best practices).
   */
  checkedAgainst: 'AWS best-practice pages, via awslabs/mcp well-architected-bp-mcp-server data',
} as const;

/** Question id prefix of each pillar, as AWS writes it. */
export const PILLAR_PREFIX: Readonly<Record<Pillar, string>> = {
  'operational-excellence': 'OPS',
  security: 'SEC',
  reliability: 'REL',
  'performance-efficiency': 'PERF',
  'cost-optimization': 'COST',
  sustainability: 'SUS',
};

export interface FrameworkPillar {
  id: Pillar;
  name: string;
  questions: readonly Question[];
}

/** The six pillars in the framework's order, each with its questions in order. */
export const FRAMEWORK_PILLARS: readonly FrameworkPillar[] = PILLARS.map((id) => ({
  id,
  name: PILLAR_NAMES[id],
  questions: {
    'operational-excellence': OPERATIONAL_EXCELLENCE,
    security: SECURITY,
    reliability: RELIABILITY,
    'performance-efficiency': PERFORMANCE_EFFICIENCY,
    'cost-optimization': COST_OPTIMIZATION,
    sustainability: SUSTAINABILITY,
  }[id],
}));

/** Every question, pillar by pillar, in the framework's order (57 in this version). */
export const QUESTIONS: readonly Question[] = FRAMEWORK_PILLARS.flatMap((p) => p.questions);

const questionById = new Map(QUESTIONS.map((q) => [q.id, q]));
const practiceById = new Map<string, { practice: BestPractice; question: Question }>();
for (const question of QUESTIONS)
  for (const practice of question.bestPractices)
    practiceById.set(practice.id, { practice, question });

/** Every best practice id, in framework order. */
export const BEST_PRACTICE_IDS: readonly string[] = [...practiceById.keys()];

/** The question with this id (e.g. `REL10`), or undefined. */
export function getQuestion(id: string): Question | undefined {
  return questionById.get(id);
}

/** The best practice with this id (e.g. `REL10-BP01`), or undefined. */
export function getBestPractice(id: string): BestPractice | undefined {
  return practiceById.get(id)?.practice;
}

/** The question a best practice belongs to, or undefined for an unknown id. */
export function questionOf(bestPracticeId: string): Question | undefined {
  return practiceById.get(bestPracticeId)?.question;
}

/** The questions of one pillar, in order. */
export function questionsOf(pillar: Pillar): readonly Question[] {
  return FRAMEWORK_PILLARS.find((p) => p.id === pillar)?.questions ?? [];
}
