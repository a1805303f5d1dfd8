import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { FRAMEWORK_VERSION, QUESTIONS, getQuestion } from '../../core/framework/index.ts';
import { improvementPlan } from '../../core/session/index.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { MeetingMode } from './MeetingMode.tsx';
import { MilestonesTab } from './MilestonesTab.tsx';
import { PillarNav } from './PillarNav.tsx';
import { PlanTab } from './PlanTab.tsx';
import { QuestionPanel } from './QuestionPanel.tsx';
import { ReportTab } from './ReportTab.tsx';
import { useReviewSession, type SaveState } from './useReviewSession.ts';
import { isAnswered, nodeLabels, rememberView, rememberedView, type SessionTab } from './view.ts';

const TABS: { id: SessionTab; label: string }[] = [
  { id: 'questions', label: 'Questions' },
  { id: 'plan', label: 'Improvement plan' },
  { id: 'milestones', label: 'Milestones' },
  { id: 'report', label: 'Report' },
];

const SAVE_TEXT: Record<SaveState, string> = {
  loading: 'Loading…',
  pending: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

/**
 * The Well-Architected review of the open design, over the whole window: questions pillar by
 * pillar, the improvement plan, milestones and the report; and a meeting mode for projectors.
 */
export function SessionScreen({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const designKey = useEditor((s) => s.designKey);
  const design = useEditor((s) => s.design);
  const { api, saveState } = useReviewSession();
  const [view, setView] = useState(() => rememberedView(designKey));
  const [meeting, setMeeting] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLDivElement>(null);
  const tabRefs = useRef<Partial<Record<SessionTab, HTMLButtonElement | null>>>({});
  const labels = useMemo(() => nodeLabels(design), [design]);
  const question = getQuestion(view.question) ?? QUESTIONS[0];

  useEffect(() => {
    rememberView(designKey, view);
  }, [designKey, view]);
  useEffect(() => {
    // A block body: scrollTo may return a promise, which must not read as an effect cleanup.
    main.current?.scrollTo({ top: 0 });
  }, [question.id]);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    root.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const planLength = useMemo(
    () => (api?.review ? improvementPlan(api.session, api.review).length : 0),
    [api?.session, api?.review],
  );
  const answered = api ? QUESTIONS.filter((q) => isAnswered(api.session.answers[q.id])).length : 0;
  // A finding's nodes are selected on the canvas behind the overlay: say so.
  const setStatus = (text: string) => store.getState().notify('info', text);
  const go = (questionId: string) => setView({ question: questionId, tab: 'questions' });
  const setTab = (tab: SessionTab) => setView((v) => ({ ...v, tab }));
  const leaveMeeting = () => {
    setMeeting(false);
    requestAnimationFrame(() => root.current?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    // Undo and redo reach the editor (a quick fix is undoable); its other shortcuts (delete,
    // connect, help, command palette) must not act on the canvas behind the overlay.
    if (mod && (key === 'z' || key === 'y')) return;
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      if (meeting) leaveMeeting();
      else onClose();
    }
  };

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === view.tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length].id;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const count = (tab: SessionTab): string | null => {
    if (!api) return null;
    if (tab === 'questions') return `${answered}/${QUESTIONS.length}`;
    if (tab === 'plan') return String(planLength);
    if (tab === 'milestones') return String(api.session.milestones.length);
    return null;
  };

  return (
    <div
      ref={root}
      role="dialog"
      aria-modal="true"
      aria-label="Well-Architected review"
      tabIndex={-1}
      className="cw-session"
      onKeyDown={onKeyDown}
    >
      {meeting && api ? (
        <MeetingMode
          api={api}
          current={question.id}
          labels={labels}
          onGo={go}
          onExit={leaveMeeting}
          onSelected={setStatus}
        />
      ) : (
        <>
          <header className="cw-session-header">
            <div className="cw-session-brand">
              <h2 className="cw-session-title">Well-Architected review</h2>
              <p
                className="cw-muted truncate text-[12px]"
                title={`${FRAMEWORK_VERSION.name}, version ${FRAMEWORK_VERSION.version}`}
              >
                {design.name} · framework {FRAMEWORK_VERSION.version}
              </p>
            </div>
            <div
              role="tablist"
              aria-label="Review session views"
              className="cw-session-tabs"
              onKeyDown={onTabKey}
            >
              {TABS.map((t) => {
                const selected = view.tab === t.id;
                const n = count(t.id);
                return (
                  <button
                    key={t.id}
                    ref={(el) => {
                      tabRefs.current[t.id] = el;
                    }}
                    type="button"
                    role="tab"
                    id={`session-tab-${t.id}`}
                    aria-selected={selected}
                    aria-controls={`session-panel-${t.id}`}
                    tabIndex={selected ? 0 : -1}
                    className="cw-session-tab"
                    onClick={() => setTab(t.id)}
                  >
                    {t.label}
                    {n !== null ? <span className="cw-tab-count">{n}</span> : null}
                  </button>
                );
              })}
            </div>
            <span className="flex-1" />
            <span role="status" className={`cw-save cw-save-${saveState}`}>
              {SAVE_TEXT[saveState]}
            </span>
            <button
              type="button"
              className="cw-button"
              aria-pressed={false}
              disabled={!api}
              onClick={() => setMeeting(true)}
            >
              Meeting mode
            </button>
            <button
              type="button"
              className="cw-button"
              onClick={onClose}
              aria-keyshortcuts="Escape"
            >
              Close
            </button>
          </header>

          {!api ? (
            <p className="cw-muted p-8" role="status">
              Loading the review session…
            </p>
          ) : (
            <div
              role="tabpanel"
              id={`session-panel-${view.tab}`}
              aria-labelledby={`session-tab-${view.tab}`}
              className="cw-session-body"
            >
              {view.tab === 'questions' ? (
                <div className="cw-session-questions">
                  <PillarNav session={api.session} current={question.id} onGo={go} />
                  <div ref={main} className="cw-session-main">
                    <QuestionPanel
                      key={question.id}
                      api={api}
                      question={question}
                      labels={labels}
                      onSelected={setStatus}
                      onGo={go}
                    />
                  </div>
                </div>
              ) : (
                <div className="cw-session-scroll">
                  {view.tab === 'plan' ? (
                    <PlanTab api={api} labels={labels} onGo={go} onSelected={setStatus} />
                  ) : null}
                  {view.tab === 'milestones' ? (
                    <MilestonesTab api={api} onShowOnCanvas={onClose} />
                  ) : null}
                  {view.tab === 'report' ? <ReportTab api={api} /> : null}
                </div>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
