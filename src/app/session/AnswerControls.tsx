import type { Question } from '../../core/framework/index.ts';
import { setNotApplicable, setNotes, type Answer } from '../../core/session/index.ts';
import type { SessionApi } from './useReviewSession.ts';

/** "Not applicable" with its reason, for one question. */
export function NotApplicable({
  api,
  question,
  answer,
  large,
}: {
  api: SessionApi;
  question: Question;
  answer: Answer | undefined;
  large?: boolean;
}) {
  const na = answer?.notApplicable;
  const id = `na-${question.id}${large ? '-meeting' : ''}`;
  return (
    <div className={`cw-na ${na ? 'cw-na-on' : ''}`}>
      <label className="cw-na-toggle" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          className="cw-check"
          checked={na !== undefined}
          onChange={(e) =>
            api.update((s) => setNotApplicable(s, question.id, e.target.checked ? '' : undefined))
          }
        />
        Not applicable
        {large ? (
          <kbd className="cw-kbd" aria-hidden="true">
            N
          </kbd>
        ) : null}
      </label>
      {na ? (
        <div className="cw-field">
          <label htmlFor={`${id}-reason`}>Reason it does not apply</label>
          <input
            id={`${id}-reason`}
            className="cw-input"
            value={na.reason}
            placeholder="e.g. no on-premises network"
            onChange={(e) => {
              const reason = e.target.value;
              api.update((s) => setNotApplicable(s, question.id, reason));
            }}
          />
          {na.reason.trim() === '' ? (
            <span className="cw-hint">Give a reason: the report prints it.</span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The team's notes on one question. */
export function Notes({
  api,
  question,
  answer,
  large,
}: {
  api: SessionApi;
  question: Question;
  answer: Answer | undefined;
  large?: boolean;
}) {
  const id = `notes-${question.id}${large ? '-meeting' : ''}`;
  return (
    <div className="cw-field">
      <label htmlFor={id}>Notes</label>
      <textarea
        id={id}
        className="cw-input cw-notes"
        rows={large ? 4 : 3}
        value={answer?.notes ?? ''}
        placeholder="Decisions, owners, follow-ups…"
        onChange={(e) => {
          const text = e.target.value;
          api.update((s) => setNotes(s, question.id, text));
        }}
      />
    </div>
  );
}
