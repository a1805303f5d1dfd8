import { describe, expect, it } from 'vitest';
import { design, network, node } from '../../../test-support/design.ts';
import { runReview } from '../review/run.ts';
import { collectEvidence, evidenceFor } from './evidence.ts';
import {
  confirmAnswer,
  createSession,
  prefill,
  setBestPractice,
  setNotApplicable,
  setNotes,
} from './prefill.ts';
import { questionRisk } from './risk.ts';
import { getQuestion } from '../framework/questions.ts';
import { FIXTURE_RULES, fakeFinding, fixtureDesign, fixtureFindings } from './testing.ts';

const d = fixtureDesign();
const review = { findings: fixtureFindings() };
const empty = createSession(d, { id: 's1', createdAt: '2025-03-01T10:00:00.000Z' });

describe('collectEvidence', () => {
  const ev = collectEvidence(review, d, FIXTURE_RULES);

  it('classifies each best practice from the rules that apply and their findings', () => {
    expect(evidenceFor(ev, 'REL09-BP01')).toMatchObject({ state: 'unmet', rules: ['versioning'] });
    expect(evidenceFor(ev, 'REL09-BP01').open.map((f) => f.rule)).toEqual(['versioning']);
    expect(evidenceFor(ev, 'SEC08-BP02')).toMatchObject({
      state: 'met',
      rules: ['encryption'],
      open: [],
    });
    expect(evidenceFor(ev, 'REL09-BP03').state).toBe('met');
    expect(evidenceFor(ev, 'COST04-BP03').state).toBe('unmet');
  });

  it('leaves suppressed and context-missing findings to the team, linked but undecided', () => {
    expect(evidenceFor(ev, 'SEC09-BP02')).toMatchObject({ state: 'undecided', open: [] });
    expect(evidenceFor(ev, 'SEC09-BP02').other).toHaveLength(1);
    expect(evidenceFor(ev, 'REL13-BP02').state).toBe('undecided');
  });

  it('counts a rule whose services are absent as no evidence', () => {
    expect(evidenceFor(ev, 'REL10-BP01').state).toBe('uncovered');
    expect(evidenceFor(ev, 'OPS01-BP01')).toMatchObject({ state: 'uncovered', rules: [] });
  });
});

describe('prefill', () => {
  const { session, evidence } = prefill(empty, review, d, FIXTURE_RULES);

  it('marks best practices with open findings unmet and suggests the passing ones', () => {
    expect(session.answers.REL09).toEqual({
      checked: ['REL09-BP03'],
      suggested: ['REL09-BP03'],
      unmet: ['REL09-BP01'],
      confirmed: false,
    });
    expect(session.answers.SEC08).toEqual({
      checked: ['SEC08-BP02'],
      suggested: ['SEC08-BP02'],
      confirmed: false,
    });
    expect(session.answers.COST04).toEqual({
      checked: [],
      unmet: ['COST04-BP03'],
      confirmed: false,
    });
    expect(evidenceFor(evidence, 'COST04-BP03').open[0].fix?.title).toBe(
      'Remove provisioned concurrency',
    );
  });

  it('leaves questions without evidence unanswered, and does not touch the input', () => {
    for (const q of ['REL10', 'REL13', 'SEC09', 'OPS01'])
      expect(session.answers[q]).toBeUndefined();
    expect(empty.answers).toEqual({});
    expect(session.milestones).toBe(empty.milestones);
    expect(session.frameworkVersion).toBe('2024-11-06');
  });

  it('is idempotent', () => {
    expect(prefill(session, review, d, FIXTURE_RULES).session).toEqual(session);
  });

  it('keeps the team’s own checks and drops suggestions that no longer hold', () => {
    const team = setBestPractice(session, 'REL09-BP02', true);
    // The table disappears: its backup rule no longer applies, so its suggestion goes.
    const noTable = {
      ...d,
      nodes: d.nodes.filter((n) => n.id !== 'db'),
      edges: d.edges.filter((e) => e.target !== 'db'),
    };
    const again = prefill(team, review, noTable, FIXTURE_RULES).session;
    expect(again.answers.REL09).toEqual({
      checked: ['REL09-BP02'],
      unmet: ['REL09-BP01'],
      confirmed: false,
    });
  });

  it('lets a finding uncheck a confirmed answer, and a fix check it again as a suggestion', () => {
    let s = setBestPractice(session, 'SEC08-BP01', true);
    s = confirmAnswer(s, 'SEC08');
    expect(s.answers.SEC08).toEqual({ checked: ['SEC08-BP01', 'SEC08-BP02'], confirmed: true });
    const broken = {
      findings: [
        ...review.findings,
        fakeFinding('encryption', 'SEC08-BP02', ['bucket'], { pillar: 'security' }),
      ],
    };
    s = prefill(s, broken, d, FIXTURE_RULES).session;
    expect(s.answers.SEC08).toEqual({
      checked: ['SEC08-BP01'],
      unmet: ['SEC08-BP02'],
      confirmed: true,
    });
    s = prefill(s, review, d, FIXTURE_RULES).session;
    expect(s.answers.SEC08).toEqual({
      checked: ['SEC08-BP01', 'SEC08-BP02'],
      suggested: ['SEC08-BP02'],
      confirmed: true,
    });
  });

  it('keeps a confirmed answer’s deliberate unchecks when rules pass', () => {
    let s = setBestPractice(session, 'REL09-BP03', false);
    s = confirmAnswer(s, 'REL09');
    s = prefill(s, review, d, FIXTURE_RULES).session;
    expect(s.answers.REL09).toEqual({ checked: [], unmet: ['REL09-BP01'], confirmed: true });
  });

  it('skips questions marked not applicable', () => {
    const na = setNotApplicable(empty, 'COST04', 'Prototype only');
    const s = prefill(na, review, d, FIXTURE_RULES).session;
    expect(s.answers.COST04).toEqual({
      checked: [],
      confirmed: false,
      notApplicable: { reason: 'Prototype only' },
    });
  });
});

describe('answer edits', () => {
  it('set and clear notes and not-applicable reasons', () => {
    let s = setNotes(empty, 'OPS01', 'Ask product');
    expect(s.answers.OPS01).toEqual({ checked: [], confirmed: false, notes: 'Ask product' });
    s = setNotes(s, 'OPS01', '');
    expect(s.answers.OPS01.notes).toBeUndefined();
    s = setNotApplicable(s, 'OPS01', 'n/a');
    expect(questionRisk(getQuestion('OPS01')!, s.answers.OPS01)).toBe('none');
    s = setNotApplicable(s, 'OPS01', undefined);
    expect(s.answers.OPS01.notApplicable).toBeUndefined();
  });

  it('rejects unknown ids', () => {
    expect(() => setNotes(empty, 'OPS99', 'x')).toThrow(RangeError);
    expect(() => setBestPractice(empty, 'OPS01-BP99', true)).toThrow(RangeError);
  });
});

describe('prefill with the real rules', () => {
  it('links a real finding to its best practice', () => {
    const net = network();
    const real = design([
      ...net.nodes,
      node('logs', 's3-bucket', net.region, { versioning: false, blockPublicAccess: false }),
    ]);
    const result = runReview(real);
    const { session, evidence } = prefill(createSession(real, { id: 'r' }), result, real);
    expect(evidenceFor(evidence, 'SEC08-BP04').open.map((f) => f.rule)).toContain(
      's3-bucket-public-access-block',
    );
    expect(session.answers.SEC08.unmet).toContain('SEC08-BP04');
    expect(questionRisk(getQuestion('SEC08')!, session.answers.SEC08)).toBe('high');
  });
});
