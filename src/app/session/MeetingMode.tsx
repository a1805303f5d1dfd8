import { useEffect, useRef, type KeyboardEvent } from 'react';
import { FRAMEWORK_PILLARS, QUESTIONS, getQuestion } from '../../core/framework/index.ts';
import {
  confirmAnswer,
  questionRisk,
  setBestPractice,
  setNotApplicable,
  unmetBestPractices,
} from '../../core/session/index.ts';
import { NotApplicable, Notes } from './AnswerControls.tsx';
import { RiskBadge } from './parts.tsx';
import { PracticeList } from './PracticeList.tsx';
import type { Pillar } from '../../core/review/types.ts';
import type { SessionApi } from './useReviewSession.ts';
import { isAnswered, pillarName, questionIndex } from './view.ts';

function typing(target: EventTarget): boolean {
  const el = target as HTMLElement;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable) return true;
  return (
    el.tagName === 'INPUT' &&
    !['checkbox', 'radio', 'button'].includes((el as HTMLInputElement).type)
  );
}

const SHORT: Record<Pillar, string> = {
  'operational-excellence': 'Operational Excellence',
  security: 'Security',
  reliability: 'Reliability',
  'performance-efficiency': 'Performance',
  'cost-optimization': 'Cost Optimization',
  sustainability: 'Sustainability',
};

/** Progress through all questions: one cell per question coloured by its risk, grouped by pillar. */
function Progress({ api, index }: { api: SessionApi; index: number }) {
  const question = QUESTIONS[index];
  return (
    <div
      className="cw-meeting-progress"
      role="progressbar"
      aria-label="Progress through the questions"
      aria-valuemin={1}
      aria-valuemax={QUESTIONS.length}
      aria-valuenow={index + 1}
      aria-valuetext={`Question ${index + 1} of ${QUESTIONS.length}, ${pillarName(question.pillar)}`}
    >
      {FRAMEWORK_PILLARS.map((p) => (
        <div
          key={p.id}
          className={`cw-progress-pillar ${p.id === question.pillar ? 'cw-progress-current' : ''}`}
          style={{ flexGrow: p.questions.length }}
          aria-hidden="true"
        >
          <div className="cw-progress-cells">
            {p.questions.map((q) => {
              const answer = api.session.answers[q.id];
              const risk = answer?.notApplicable ? 'na' : questionRisk(q, answer);
              return (
                <span
                  key={q.id}
                  className={`cw-cell cw-cell-${risk} ${q.id === question.id ? 'cw-cell-here' : ''} ${isAnswered(answer) ? 'cw-cell-done' : ''}`}
                />
              );
            })}
          </div>
          <span className="cw-progress-label">{SHORT[p.id]}</span>
        </div>
      ))}
    </div>
  );
}

/**
 * One question at a time in large type, for a review meeting on a projector. Keys: → / J next,
 * ← / K previous, 1–9 toggle a best practice, N not applicable, Enter confirm, Escape leave.
 */
export function MeetingMode({
  api,
  current,
  labels,
  onGo,
  onExit,
  onSelected,
}: {
  api: SessionApi;
  current: string;
  labels: ReadonlyMap<string, string>;
  onGo: (questionId: string) => void;
  onExit: () => void;
  onSelected: (text: string) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const question = getQuestion(current) ?? QUESTIONS[0];
  const index = questionIndex(question.id);
  const answer = api.session.answers[question.id];
  const risk = questionRisk(question, answer);
  const unmet = unmetBestPractices(question, answer).length;
  const answered = QUESTIONS.filter((q) => isAnswered(api.session.answers[q.id])).length;
  const prev = QUESTIONS[index - 1];
  const next = QUESTIONS[index + 1];

  useEffect(() => {
    root.current?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      // In a text field, Escape first leaves the field; then it leaves meeting mode.
      if (typing(e.target)) root.current?.focus();
      else onExit();
      return;
    }
    if (typing(e.target)) return;
    const key = e.key.toLowerCase();
    const tag = (e.target as HTMLElement).tagName;
    if (key === 'arrowright' || key === 'j') {
      if (next) onGo(next.id);
    } else if (key === 'arrowleft' || key === 'k') {
      if (prev) onGo(prev.id);
    } else if (/^[1-9]$/.test(key)) {
      const bp = question.bestPractices[Number(key) - 1];
      if (!bp || answer?.notApplicable) return;
      api.update((s) =>
        setBestPractice(s, bp.id, !(s.answers[question.id]?.checked ?? []).includes(bp.id)),
      );
    } else if (key === 'n') {
      api.update((s) =>
        setNotApplicable(s, question.id, s.answers[question.id]?.notApplicable ? undefined : ''),
      );
    } else if (key === 'enter') {
      if (tag === 'BUTTON' || tag === 'A') return;
      api.update((s) => confirmAnswer(s, question.id));
    } else return;
    e.preventDefault();
  };

  const status = answer?.notApplicable
    ? 'Not applicable'
    : answer?.confirmed
      ? 'Confirmed'
      : 'Not confirmed yet';
  return (
    <div
      ref={root}
      className="cw-meeting"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="meeting-mode"
    >
      <header className="cw-meeting-top">
        <div className="cw-meeting-row">
          <h2 className="cw-meeting-pillar">{pillarName(question.pillar)}</h2>
          <span className="cw-meeting-count">
            Question {index + 1} of {QUESTIONS.length} · {answered} answered
          </span>
          <span className="flex-1" />
          <button
            type="button"
            className="cw-button cw-button-lg"
            onClick={onExit}
            aria-keyshortcuts="Escape"
          >
            Leave meeting mode <kbd className="cw-kbd">Esc</kbd>
          </button>
        </div>
        <Progress api={api} index={index} />
      </header>

      <div className="cw-meeting-body">
        <div className="cw-meeting-main">
          <p className="cw-meeting-kicker">
            <span className="cw-bp-id">{question.id}</span> · {question.area}
          </p>
          <h3 className="cw-meeting-title" data-testid="meeting-question-title">
            {question.title}
          </h3>
          <p className="cw-meeting-summary">{question.summary}</p>
          <PracticeList
            api={api}
            question={question}
            answer={answer}
            labels={labels}
            onSelected={onSelected}
            large
          />
        </div>
        <aside className="cw-meeting-side" aria-label="Answer">
          <div className="cw-meeting-card">
            <RiskBadge risk={risk} large />
            <p className="cw-meeting-facts">
              {answer?.checked.length ?? 0} of {question.bestPractices.length} followed
              {unmet ? ` · ${unmet} unmet` : null}
            </p>
            <p className={answer?.confirmed ? 'cw-status-confirmed' : 'cw-muted'}>{status}</p>
            <button
              type="button"
              className={`cw-button cw-button-xl ${answer?.confirmed ? 'cw-button-confirmed' : 'cw-button-primary'}`}
              disabled={answer?.confirmed === true}
              onClick={() => api.update((s) => confirmAnswer(s, question.id))}
              aria-keyshortcuts="Enter"
            >
              {answer?.confirmed ? '✓ Answer confirmed' : 'Confirm answer'}{' '}
              {answer?.confirmed ? null : <kbd className="cw-kbd">Enter</kbd>}
            </button>
          </div>
          <NotApplicable api={api} question={question} answer={answer} large />
          <Notes api={api} question={question} answer={answer} large />
        </aside>
      </div>

      <footer className="cw-meeting-foot">
        <button
          type="button"
          className="cw-button cw-button-lg"
          disabled={!prev}
          onClick={() => prev && onGo(prev.id)}
          aria-keyshortcuts="ArrowLeft K"
        >
          ← {prev ? prev.id : 'Previous'}
        </button>
        <p className="cw-meeting-keys">
          <kbd className="cw-kbd">←</kbd> <kbd className="cw-kbd">→</kbd> or{' '}
          <kbd className="cw-kbd">J</kbd> <kbd className="cw-kbd">K</kbd> move ·{' '}
          <kbd className="cw-kbd">1</kbd>–<kbd className="cw-kbd">9</kbd> best practice ·{' '}
          <kbd className="cw-kbd">N</kbd> not applicable · <kbd className="cw-kbd">Enter</kbd>{' '}
          confirm
        </p>
        <button
          type="button"
          className="cw-button cw-button-lg"
          disabled={!next}
          onClick={() => next && onGo(next.id)}
          aria-keyshortcuts="ArrowRight J"
        >
          {next ? next.id : 'Next'} →
        </button>
      </footer>
    </div>
  );
}
