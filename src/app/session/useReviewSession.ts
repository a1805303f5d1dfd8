import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  collectEvidence,
  createSession,
  prefill,
  type Evidence,
  type ReviewSession,
} from '../../core/session/index.ts';
import type { DesignDocument } from '../../core/model/types.ts';
import type { ReviewResult } from '../../core/review/run.ts';
import { readSession, writeSession } from '../persistence/db.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { isReviewSession } from './validate.ts';

export type SaveState = 'loading' | 'pending' | 'saved' | 'error';

/** What the session screen's parts share: the session, what the review says, and how to edit. */
export interface SessionApi {
  session: ReviewSession;
  evidence: ReadonlyMap<string, Evidence>;
  design: DesignDocument;
  review: ReviewResult | null;
  /** Applies a pure edit (see core/session); saved a moment later. */
  update: (change: (s: ReviewSession) => ReviewSession) => void;
}

const NO_EVIDENCE: ReadonlyMap<string, Evidence> = new Map();

function newSessionId(): string {
  return `session-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Keeps the session's design name and answers in step with the design and its live review. */
function refresh(
  session: ReviewSession,
  review: ReviewResult | null,
  design: DesignDocument,
): ReviewSession {
  const next = review ? prefill(session, review, design).session : session;
  return next.designName === design.name ? next : { ...next, designName: design.name };
}

/**
 * The review session of the open design: read from browser storage (a new one when there is
 * none or it is damaged), pre-filled from the live review whenever it changes, and written back
 * 300 ms after the last change (and at once when the screen closes).
 */
export function useReviewSession(): { api: SessionApi | null; saveState: SaveState } {
  const store = useEditorStore();
  const designKey = useEditor((s) => s.designKey);
  const review = useEditor((s) => s.review);
  const design = useEditor((s) => s.design);
  const [session, setSession] = useState<ReviewSession | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('loading');
  const pending = useRef<{ key: string; session: ReviewSession } | null>(null);
  const failed = useRef(false);

  useEffect(() => {
    let cancelled = false;
    const start = (stored: unknown, readError?: string) => {
      if (cancelled) return;
      const { design: current, review: live, notify } = store.getState();
      let loaded: ReviewSession;
      if (isReviewSession(stored)) loaded = stored;
      else {
        if (readError)
          notify(
            'error',
            `Could not read the saved review session (${readError}); a new session was started.`,
          );
        else if (stored !== undefined)
          notify('info', 'The saved review session was damaged; a new session was started.');
        loaded = createSession(current, {
          id: newSessionId(),
          createdAt: new Date().toISOString(),
        });
      }
      setSession(refresh(loaded, live, current));
    };
    readSession(designKey).then(
      (stored) => start(stored),
      (err: unknown) => start(undefined, err instanceof Error ? err.message : String(err)),
    );
    return () => {
      cancelled = true;
    };
  }, [designKey, store]);

  const loaded = session !== null;
  useEffect(() => {
    if (!loaded) return;
    setSession((s) => s && refresh(s, review, store.getState().design));
  }, [review, loaded, store]);

  const flush = useCallback(async () => {
    const job = pending.current;
    if (!job) return;
    pending.current = null;
    const result = await writeSession(job.key, job.session);
    if (!result.ok) {
      if (!failed.current) store.getState().notify('error', result.message);
      failed.current = true;
      setSaveState('error');
      return;
    }
    failed.current = false;
    if (!pending.current) setSaveState('saved');
  }, [store]);

  useEffect(() => {
    if (!session) return;
    pending.current = { key: designKey, session };
    setSaveState('pending');
    const timer = setTimeout(() => void flush(), 300);
    return () => clearTimeout(timer);
  }, [session, designKey, flush]);

  // Closing the screen writes what the debounce still holds.
  useEffect(() => () => void flush(), [flush]);

  const evidence = useMemo(
    () => (review ? collectEvidence(review, design) : NO_EVIDENCE),
    [review, design],
  );
  const update = useCallback(
    (change: (s: ReviewSession) => ReviewSession) => setSession((s) => s && change(s)),
    [],
  );
  const api = useMemo(
    () => (session ? { session, evidence, design, review, update } : null),
    [session, evidence, design, review, update],
  );
  return { api, saveState };
}
