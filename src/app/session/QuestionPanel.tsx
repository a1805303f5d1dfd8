import { QUESTIONS, type Question } from '../../core/framework/index.ts';
import { confirmAnswer, questionRisk, unmetBestPractices } from '../../core/session/index.ts';
import { NotApplicable, Notes } from './AnswerControls.tsx';
import { RiskBadge } from './parts.tsx';
import { PracticeList } from './PracticeList.tsx';
import type { SessionApi } from './useReviewSession.ts';
import { pillarName, plural, questionIndex } from './view.ts';

/** One question of the session: what it asks, its best practices and evidence, notes and answer. */
export function QuestionPanel({
  api,
  question,
  labels,
  onSelected,
  onGo,
}: {
  api: SessionApi;
  question: Question;
  labels: ReadonlyMap<string, string>;
  onSelected: (text: string) => void;
  onGo: (questionId: string) => void;
}) {
  const answer = api.session.answers[question.id];
  const risk = questionRisk(question, answer);
  const unmet = unmetBestPractices(question, answer).length;
  const followed = answer?.checked.length ?? 0;
  const index = questionIndex(question.id);
  const prev = QUESTIONS[index - 1];
  const next = QUESTIONS[index + 1];
  const status = answer?.notApplicable
    ? 'Not applicable'
    : answer?.confirmed
      ? 'Confirmed by the team'
      : answer
        ? 'Pre-filled, not confirmed yet'
        : 'Not discussed yet';
  return (
    <article
      className="cw-question"
      aria-labelledby={`q-title-${question.id}`}
      data-question={question.id}
    >
      <p className="cw-kicker">
        {pillarName(question.pillar)} · {question.area} ·{' '}
        <span className="cw-bp-id">{question.id}</span>
      </p>
      <h3 id={`q-title-${question.id}`} className="cw-question-title">
        {question.title}
      </h3>
      <p className="cw-question-summary">{question.summary}</p>
      <div className="cw-question-status" aria-live="polite">
        <RiskBadge risk={risk} />
        <span className={answer?.confirmed ? 'cw-status-confirmed' : 'cw-muted'}>{status}</span>
        <span className="cw-muted">
          {followed} of {question.bestPractices.length} followed
          {unmet ? ` · ${plural(unmet, 'unmet best practice')}` : ''}
        </span>
      </div>

      <h4 className="cw-section mt-5 mb-2">Best practices</h4>
      <PracticeList
        api={api}
        question={question}
        answer={answer}
        labels={labels}
        onSelected={onSelected}
      />

      <div className="cw-answer-grid">
        <Notes api={api} question={question} answer={answer} />
        <NotApplicable api={api} question={question} answer={answer} />
      </div>

      <div className="cw-question-actions">
        <button
          type="button"
          className={`cw-button cw-button-lg ${answer?.confirmed ? 'cw-button-confirmed' : 'cw-button-primary'}`}
          disabled={answer?.confirmed === true}
          onClick={() => api.update((s) => confirmAnswer(s, question.id))}
        >
          {answer?.confirmed ? '✓ Answer confirmed' : 'Confirm answer'}
        </button>
        <span className="flex-1" />
        <button
          type="button"
          className="cw-button"
          disabled={!prev}
          onClick={() => prev && onGo(prev.id)}
        >
          ← Previous question
        </button>
        <button
          type="button"
          className="cw-button"
          disabled={!next}
          onClick={() => next && onGo(next.id)}
        >
          Next question →
        </button>
      </div>
    </article>
  );
}
