import { describe, expect, it } from 'vitest';
import { RULES } from '../review/registry.ts';
import { PILLARS } from '../review/types.ts';
import {
  BEST_PRACTICE_IDS,
  FRAMEWORK_PILLARS,
  FRAMEWORK_VERSION,
  PILLAR_PREFIX,
  QUESTIONS,
  getBestPractice,
  getQuestion,
  questionOf,
  questionsOf,
} from './questions.ts';
import { RISK_LEVELS } from './types.ts';

/** Question counts per pillar in the 2024-11-06 framework. */
const EXPECTED: Record<string, number> = { OPS: 11, SEC: 11, REL: 13, PERF: 5, COST: 11, SUS: 6 };

describe('framework data', () => {
  it('states its version and date', () => {
    expect(FRAMEWORK_VERSION.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(FRAMEWORK_VERSION.published).toBe(FRAMEWORK_VERSION.version);
    expect(FRAMEWORK_VERSION.source).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\/wellarchitected\//,
    );
  });

  it('has the six pillars in order and 57 questions', () => {
    expect(FRAMEWORK_PILLARS.map((p) => p.id)).toEqual([...PILLARS]);
    expect(QUESTIONS).toHaveLength(57);
    for (const p of FRAMEWORK_PILLARS) {
      const prefix = PILLAR_PREFIX[p.id];
      expect(p.questions.map((q) => q.id)).toEqual(
        Array.from(
          { length: EXPECTED[prefix] },
          (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`,
        ),
      );
      expect(questionsOf(p.id)).toBe(p.questions);
      for (const q of p.questions) expect(q.pillar).toBe(p.id);
    }
  });

  it('numbers best practices BP01.. without gaps under their question, with unique ids', () => {
    const ids = QUESTIONS.flatMap((q) => q.bestPractices.map((b) => b.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(BEST_PRACTICE_IDS).toEqual(ids);
    expect(ids).toHaveLength(307);
    for (const q of QUESTIONS) {
      expect(q.bestPractices.length).toBeGreaterThan(0);
      q.bestPractices.forEach((b, i) => {
        expect(b.id).toMatch(/^(OPS|SEC|REL|PERF|COST|SUS)\d{2}-BP\d{2}$/);
        expect(b.id).toBe(`${q.id}-BP${String(i + 1).padStart(2, '0')}`);
        expect(RISK_LEVELS).toContain(b.risk);
        expect(getBestPractice(b.id)).toBe(b);
        expect(questionOf(b.id)).toBe(q);
      });
    }
  });

  it('has a title, an area and a one-sentence summary everywhere', () => {
    const sentence = /^[A-Z][^\n]{10,200}[.?]$/;
    for (const q of QUESTIONS) {
      expect(q.title).toMatch(/\?$/);
      expect(q.area.length).toBeGreaterThan(2);
      expect(q.summary).toMatch(sentence);
      for (const b of q.bestPractices) {
        expect(b.title.length).toBeGreaterThan(3);
        expect(b.title).not.toMatch(/^[A-Z]+\d{2}-BP/);
        expect(b.summary).toMatch(sentence);
        expect(b.summary).not.toBe(b.title);
      }
    }
  });

  it('knows every best practice a rule cites, under the rule’s pillar', () => {
    const missing = RULES.filter((r) => !getBestPractice(r.bestPractice)).map(
      (r) => `${r.id}: ${r.bestPractice}`,
    );
    expect(missing).toEqual([]);
    const wrongPillar = RULES.filter(
      (r) => questionOf(r.bestPractice) && questionOf(r.bestPractice)!.pillar !== r.pillar,
    ).map((r) => r.id);
    expect(wrongPillar).toEqual([]);
  });

  it('returns undefined for unknown ids', () => {
    expect(getQuestion('REL14')).toBeUndefined();
    expect(getBestPractice('REL10-BP09')).toBeUndefined();
    expect(questionOf('nope')).toBeUndefined();
    expect(getQuestion('REL10')?.title).toBe(
      'How do you use fault isolation to protect your workload?',
    );
    expect(getBestPractice('REL10-BP01')).toMatchObject({
      title: 'Deploy the workload to multiple locations',
      risk: 'high',
    });
  });
});
