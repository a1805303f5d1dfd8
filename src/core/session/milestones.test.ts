import { describe, expect, it } from 'vitest';
import type { DesignDocument } from '../model/types.ts';
import { addMilestone, compareMilestones, createMilestone, diffDesigns } from './milestones.ts';
import { confirmAnswer, createSession, prefill } from './prefill.ts';
import { FIXTURE_RULES, fakeEstimate, fixtureDesign, fixtureFindings } from './testing.ts';

const AT = '2025-03-01T10:00:00.000Z';
const d = fixtureDesign();
const review = { findings: fixtureFindings() };
const { session } = prefill(createSession(d, { id: 's' }), review, d, FIXTURE_RULES);

describe('createMilestone', () => {
  it('snapshots design, answers, findings and cost at the given time', () => {
    const m = createMilestone(
      'Before fixes',
      d,
      session,
      review,
      fakeEstimate(120.5, 40),
      new Date(AT),
    );
    expect(m).toMatchObject({
      id: 'milestone-1',
      name: 'Before fixes',
      createdAt: AT,
      frameworkVersion: '2024-11-06',
    });
    expect(m.cost).toEqual({
      monthlyUsd: 120.5,
      kgCo2eMonth: 40,
      regions: [{ region: 'us-east-1', monthlyUsd: 120.5, kgCo2eMonth: 40, unknown: 0 }],
    });
    expect(m.design).toEqual(d);
    expect(m.answers).toEqual(session.answers);
    expect(m.findings).toEqual(review.findings);
  });

  it('is deterministic and takes deep copies', () => {
    const design = fixtureDesign();
    const a = createMilestone('M', design, session, review, fakeEstimate(1, 1), AT);
    const b = createMilestone('M', design, session, review, fakeEstimate(1, 1), Date.parse(AT));
    expect(a).toEqual(b);
    design.nodes[0].props!.versioning = true;
    design.nodes.push({ id: 'x', service: 'sqs-queue' });
    expect(a.design.nodes).toHaveLength(3);
    expect(a.design.nodes[0].props!.versioning).toBe(false);
    expect(a.findings[0]).not.toBe(review.findings[0]);
    expect(a.answers.REL09).not.toBe(session.answers.REL09);
  });

  it('sums Regions and numbers milestones after the existing ones', () => {
    const two = fakeEstimate(10, 2);
    two.regions.push({
      ...two.regions[0],
      region: 'eu-west-1',
      monthlyUsd: 5,
      kgCo2eMonth: 1,
      unknown: ['db'],
    });
    const first = createMilestone('One', d, session, review, two, AT);
    expect(first.cost.monthlyUsd).toBe(15);
    expect(first.cost.kgCo2eMonth).toBe(3);
    expect(first.cost.regions[1]).toEqual({
      region: 'eu-west-1',
      monthlyUsd: 5,
      kgCo2eMonth: 1,
      unknown: 1,
    });
    const withOne = addMilestone(session, first);
    expect(withOne.milestones).toHaveLength(1);
    expect(session.milestones).toHaveLength(0);
    expect(createMilestone('Two', d, withOne, review, two, AT).id).toBe('milestone-2');
  });

  it('rejects an invalid timestamp', () => {
    expect(() =>
      createMilestone('M', d, session, review, fakeEstimate(1, 1), 'not a date'),
    ).toThrow(RangeError);
  });
});

describe('diffDesigns', () => {
  it('finds added, removed and changed nodes and edges, ignoring layout and key order', () => {
    const before = fixtureDesign();
    const after: DesignDocument = structuredClone(before);
    after.nodes = after.nodes.filter((n) => n.id !== 'db');
    after.edges = after.edges.filter((e) => e.id !== 'e2');
    after.nodes.push({ id: 'queue', service: 'sqs-queue' });
    after.edges.push({ id: 'e3', source: 'fn', target: 'queue' });
    after.nodes[0].position = { x: 999, y: 999 };
    after.nodes[1].props = { memory: 512 };
    after.edges[0].label = 'notifies';
    expect(diffDesigns(before, after)).toEqual({
      added: ['queue'],
      removed: ['db'],
      changed: ['fn'],
      edges: { added: ['e3'], removed: ['e2'], changed: ['e1'] },
    });
    const reordered = structuredClone(before);
    reordered.nodes[0].props = { versioning: false };
    reordered.nodes[2].label = 'Orders table';
    expect(diffDesigns(before, reordered)).toEqual({
      added: [],
      removed: [],
      changed: [],
      edges: { added: [], removed: [], changed: [] },
    });
  });

  it('sees parent, label and usage changes', () => {
    const before = fixtureDesign();
    const after = structuredClone(before);
    after.nodes[0].label = 'Renamed';
    after.nodes[1].usage = { requestsPerMonth: 5 };
    after.nodes[2].parent = 'somewhere';
    expect(diffDesigns(before, after).changed).toEqual(['bucket', 'fn', 'db']);
  });
});

describe('compareMilestones', () => {
  const before = createMilestone('Before', d, session, review, fakeEstimate(100, 50), AT);
  // After: versioning fixed on the bucket, the table removed, a queue added with a new finding.
  const fixed: DesignDocument = structuredClone(d);
  fixed.nodes[0].props = { versioning: true };
  fixed.nodes = fixed.nodes.filter((n) => n.id !== 'db');
  fixed.edges = fixed.edges.filter((e) => e.target !== 'db');
  fixed.nodes.push({ id: 'queue', service: 'sqs-queue', label: 'Jobs' });
  const afterFindings = [
    ...review.findings.filter((f) => f.rule !== 'versioning'),
    {
      ...review.findings[0],
      rule: 'queue-dlq',
      bestPractice: 'REL05-BP04',
      nodes: ['queue'],
      message: 'Jobs has no DLQ',
    },
  ];
  const afterReview = { findings: afterFindings };
  const afterSession = prefill(
    confirmAnswer(session, 'SEC08'),
    afterReview,
    fixed,
    FIXTURE_RULES,
  ).session;
  const after = createMilestone(
    'After',
    fixed,
    addMilestone(session, before),
    afterReview,
    fakeEstimate(80.25, 55.5),
    '2025-03-02T10:00:00Z',
  );
  const afterWithAnswers = { ...after, answers: afterSession.answers };
  const cmp = compareMilestones(before, afterWithAnswers);

  it('reports risks fixed and new per question, with the best practices behind them', () => {
    const rel09 = cmp.questions.find((q) => q.question === 'REL09');
    expect(rel09).toEqual({
      question: 'REL09',
      pillar: 'reliability',
      before: 'high',
      after: 'unanswered',
      fixed: ['REL09-BP01'],
      new: [],
    });
    const sec08 = cmp.questions.find((q) => q.question === 'SEC08');
    expect(sec08).toMatchObject({ before: 'unanswered', after: 'high', fixed: [] });
    expect(sec08!.new).toEqual(['SEC08-BP01', 'SEC08-BP03', 'SEC08-BP04']);
    expect(cmp.risksFixed).toEqual(['REL09']);
    expect(cmp.risksNew).toEqual(['SEC08', 'REL05']);
    expect(cmp.questions.find((q) => q.question === 'COST04')).toBeUndefined();
  });

  it('reports findings fixed and new by rule and nodes, ignoring suppressed ones', () => {
    expect(cmp.findingsFixed.map((f) => f.rule)).toEqual(['versioning']);
    expect(cmp.findingsNew).toEqual([
      {
        rule: 'queue-dlq',
        nodes: ['queue'],
        bestPractice: 'REL05-BP04',
        severity: 'high',
        message: 'Jobs has no DLQ',
      },
    ]);
  });

  it('reports the cost and carbon difference and the design diff', () => {
    expect(cmp.cost).toEqual({ before: 100, after: 80.25, change: -19.75 });
    expect(cmp.carbon).toEqual({ before: 50, after: 55.5, change: 5.5 });
    expect(cmp.design).toEqual({
      added: ['queue'],
      removed: ['db'],
      changed: ['bucket'],
      edges: { added: [], removed: ['e2'], changed: [] },
    });
    expect(cmp.from).toEqual({ id: 'milestone-1', name: 'Before', createdAt: AT });
    expect(cmp.to).toEqual({
      id: 'milestone-2',
      name: 'After',
      createdAt: '2025-03-02T10:00:00.000Z',
    });
  });

  it('finds nothing between a milestone and itself', () => {
    const same = compareMilestones(before, before);
    expect(same).toMatchObject({
      questions: [],
      risksFixed: [],
      risksNew: [],
      findingsFixed: [],
      findingsNew: [],
    });
    expect(same.cost.change).toBe(0);
  });
});
