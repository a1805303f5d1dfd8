import { describe, expect, it } from 'vitest';
import {
  addMilestone,
  createMilestone,
  createSession,
  prefill,
  setNotApplicable,
  setNotes,
} from '../../core/session/index.ts';
import { fixtureDesign } from '../../core/session/testing.ts';
import { estimate } from '../../core/estimate/index.ts';
import { runReview } from '../../core/review/run.ts';
import { isReviewSession } from './validate.ts';

function realSession() {
  const design = fixtureDesign();
  const review = runReview(design);
  let session = prefill(
    createSession(design, { id: 's1', createdAt: '2025-01-01T00:00:00.000Z' }),
    review,
    design,
  ).session;
  session = setNotes(setNotApplicable(session, 'REL02', 'no network'), 'REL09', 'restored monthly');
  session = addMilestone(
    session,
    createMilestone(
      'Before',
      design,
      session,
      review,
      estimate(design),
      '2025-01-02T00:00:00.000Z',
    ),
  );
  // What IndexedDB stores is a structured clone.
  return structuredClone(session);
}

describe('isReviewSession', () => {
  it('accepts a session as the core writes it, milestones included', () => {
    expect(isReviewSession(realSession())).toBe(true);
    expect(isReviewSession(createSession({ name: 'x' }, { id: 'a' }))).toBe(true);
  });

  it('rejects missing or damaged records', () => {
    const damaged = [
      undefined,
      null,
      'session',
      [],
      { id: 'a', designName: 'x', answers: {} },
      { ...realSession(), answers: { REL09: { checked: 'REL09-BP01' } } },
      { ...realSession(), answers: { REL02: { checked: [], notApplicable: true } } },
      { ...realSession(), milestones: [{ id: 'm', name: 'M' }] },
      {
        ...realSession(),
        milestones: [
          {
            ...realSession().milestones[0],
            cost: { monthlyUsd: Number.NaN, kgCo2eMonth: 0, regions: [] },
          },
        ],
      },
    ];
    for (const record of damaged) expect(isReviewSession(record)).toBe(false);
  });
});
