import { FRAMEWORK_PILLARS, getQuestion } from '../../core/framework/index.ts';
import { pillarRiskCounts, questionRisk, type ReviewSession } from '../../core/session/index.ts';
import { RiskBadge } from './parts.tsx';
import { isAnswered } from './view.ts';

/** The six pillars with progress and risk counts; the selected pillar lists its questions. */
export function PillarNav({
  session,
  current,
  onGo,
}: {
  session: ReviewSession;
  current: string;
  onGo: (questionId: string) => void;
}) {
  const counts = pillarRiskCounts(session);
  const currentPillar = getQuestion(current)?.pillar;
  return (
    <nav className="cw-pillar-nav" aria-label="Pillars and questions">
      <h3 className="cw-section px-3 pt-3 pb-2">Pillars</h3>
      <ul className="m-0 list-none p-0">
        {FRAMEWORK_PILLARS.map((p, i) => {
          const c = counts[i];
          const answered = p.questions.filter((q) => isAnswered(session.answers[q.id])).length;
          const open = p.id === currentPillar;
          const pct = Math.round((answered / p.questions.length) * 100);
          return (
            <li
              key={p.id}
              className={`cw-pillar ${open ? 'cw-pillar-open' : ''}`}
              data-pillar={p.id}
            >
              <button
                type="button"
                className="cw-pillar-head"
                aria-expanded={open}
                aria-controls={`questions-${p.id}`}
                onClick={() => onGo(p.questions[0].id)}
              >
                <span className="cw-pillar-name">{p.name}</span>
                <span className="cw-pillar-meta">
                  <span className="cw-pillar-progress">
                    {answered}/{p.questions.length} answered
                  </span>
                  <span className={`cw-count cw-count-high ${c.high ? '' : 'cw-count-zero'}`}>
                    {c.high} high
                  </span>
                  <span className={`cw-count cw-count-medium ${c.medium ? '' : 'cw-count-zero'}`}>
                    {c.medium} medium
                  </span>
                </span>
                <span className="cw-meter" aria-hidden="true">
                  <span style={{ width: `${pct}%` }} />
                </span>
              </button>
              {open ? (
                <ul
                  id={`questions-${p.id}`}
                  className="cw-qlist"
                  aria-label={`${p.name} questions`}
                >
                  {p.questions.map((q) => {
                    const answer = session.answers[q.id];
                    const here = q.id === current;
                    return (
                      <li key={q.id}>
                        <button
                          type="button"
                          className={`cw-qitem ${here ? 'cw-qitem-current' : ''}`}
                          aria-current={here ? 'true' : undefined}
                          onClick={() => onGo(q.id)}
                          data-question={q.id}
                        >
                          <span className="cw-qitem-id">{q.id}</span>
                          <span className="cw-qitem-title">{q.title}</span>
                          <span className="cw-qitem-risk">
                            {isAnswered(answer) ? (
                              <span className="sr-only">answered, </span>
                            ) : null}
                            <RiskBadge risk={questionRisk(q, answer)} short />
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
