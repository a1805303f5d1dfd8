import { describe, expect, it } from 'vitest';
import { getQuestion } from '../framework/questions.ts';
import { confirmAnswer, createSession, prefill, setNotApplicable } from './prefill.ts';
import { improvementPlan, pillarRiskCounts, questionRisk, unmetBestPractices } from './risk.ts';
import { FIXTURE_RULES, FIX_IDLE, fixtureDesign, fixtureFindings } from './testing.ts';

const sus02 = getQuestion('SUS02')!; // BP01 and BP04 medium, BP02, BP03, BP05, BP06 low
const rel09 = getQuestion('REL09')!; // BP01, BP02 high; BP03, BP04 medium

describe('questionRisk', () => {
  it('is unanswered without an answer and none when not applicable', () => {
    expect(questionRisk(rel09, undefined)).toBe('unanswered');
    expect(questionRisk(rel09, { checked: [], notApplicable: { reason: 'No data' } })).toBe('none');
    expect(
      unmetBestPractices(rel09, { checked: [], notApplicable: { reason: 'No data' } }),
    ).toEqual([]);
  });

  it('reads a confirmed answer as the Well-Architected Tool does', () => {
    const all = rel09.bestPractices.map((b) => b.id);
    expect(questionRisk(rel09, { checked: all, confirmed: true })).toBe('none');
    expect(
      questionRisk(rel09, { checked: ['REL09-BP01', 'REL09-BP02', 'REL09-BP03'], confirmed: true }),
    ).toBe('medium');
    expect(
      questionRisk(rel09, { checked: ['REL09-BP01', 'REL09-BP03', 'REL09-BP04'], confirmed: true }),
    ).toBe('high');
    expect(questionRisk(rel09, { checked: [], confirmed: true })).toBe('high');
    // Only low-risk best practices unmet: no risk.
    expect(questionRisk(sus02, { checked: ['SUS02-BP01', 'SUS02-BP04'], confirmed: true })).toBe(
      'none',
    );
    expect(questionRisk(sus02, { checked: ['SUS02-BP01'], confirmed: true })).toBe('medium');
  });

  it('counts only known gaps before the team confirms', () => {
    expect(
      questionRisk(rel09, { checked: ['REL09-BP03'], unmet: ['REL09-BP01'], confirmed: false }),
    ).toBe('high');
    expect(questionRisk(rel09, { checked: [], unmet: ['REL09-BP04'] })).toBe('medium');
    expect(
      questionRisk(rel09, { checked: ['REL09-BP03'], suggested: ['REL09-BP03'], confirmed: false }),
    ).toBe('unanswered');
    expect(questionRisk(sus02, { checked: [], unmet: ['SUS02-BP02'] })).toBe('unanswered');
    expect(
      unmetBestPractices(rel09, {
        checked: ['REL09-BP01'],
        unmet: ['REL09-BP01', 'REL09-BP04'],
      }).map((b) => b.id),
    ).toEqual(['REL09-BP04']);
  });
});

const d = fixtureDesign();
const review = { findings: fixtureFindings() };
const { session } = prefill(createSession(d, { id: 's' }), review, d, FIXTURE_RULES);

describe('pillarRiskCounts', () => {
  it('counts question risks per pillar in framework order', () => {
    const counts = pillarRiskCounts(session);
    expect(counts.map((c) => c.pillar)).toEqual([
      'operational-excellence',
      'security',
      'reliability',
      'performance-efficiency',
      'cost-optimization',
      'sustainability',
    ]);
    expect(counts[2]).toEqual({
      pillar: 'reliability',
      high: 1,
      medium: 0,
      none: 0,
      unanswered: 12,
      notApplicable: 0,
    });
    expect(counts[4]).toEqual({
      pillar: 'cost-optimization',
      high: 0,
      medium: 1,
      none: 0,
      unanswered: 10,
      notApplicable: 0,
    });
    expect(counts[1]).toEqual({
      pillar: 'security',
      high: 0,
      medium: 0,
      none: 0,
      unanswered: 11,
      notApplicable: 0,
    });
    const total = counts.reduce(
      (s, c) => s + c.high + c.medium + c.none + c.unanswered + c.notApplicable,
      0,
    );
    expect(total).toBe(57);
  });

  it('counts not-applicable questions apart', () => {
    const counts = pillarRiskCounts(setNotApplicable(session, 'COST04', 'Prototype'));
    expect(counts[4]).toMatchObject({ medium: 0, notApplicable: 1, unanswered: 10 });
  });
});

describe('improvementPlan', () => {
  it('lists unmet best practices high first, with their open findings and quick fixes', () => {
    const plan = improvementPlan(session, review);
    expect(plan.map((i) => [i.bestPractice.id, i.risk])).toEqual([
      ['REL09-BP01', 'high'],
      ['COST04-BP03', 'medium'],
    ]);
    expect(plan[0].findings.map((f) => f.rule)).toEqual(['versioning']);
    expect(plan[0].fixes).toEqual([]);
    expect(plan[1].fixes).toEqual([FIX_IDLE]);
    expect(plan[1].question.id).toBe('COST04');
  });

  it('grows with confirmed answers, keeping framework order within a risk level', () => {
    const confirmed = confirmAnswer(session, 'REL09');
    const plan = improvementPlan(confirmed, review);
    // Reliability comes before Cost Optimization in the framework.
    expect(plan.map((i) => i.bestPractice.id)).toEqual([
      'REL09-BP01',
      'REL09-BP02',
      'REL09-BP04',
      'COST04-BP03',
    ]);
    // Suppressed and context-missing findings never appear in the plan.
    expect(plan.flatMap((i) => i.findings).some((f) => f.suppressed || f.contextMissing)).toBe(
      false,
    );
  });

  it('drops questions marked not applicable', () => {
    expect(
      improvementPlan(setNotApplicable(session, 'COST04', 'Prototype'), review).map(
        (i) => i.bestPractice.id,
      ),
    ).toEqual(['REL09-BP01']);
  });
});
