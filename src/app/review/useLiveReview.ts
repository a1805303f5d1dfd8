import { useEffect } from 'react';
import { isLayoutOnlyChange } from '../../core/model/graph.ts';
import type { EditorStore } from '../store/editor-store.ts';

/**
 * Reviews the design after every change, in the same task as the edit: node rules answer from
 * the cache, so only what changed is checked again and the panel and badges update within a frame.
 * The engine (rules, price and carbon tables) loads just after the first paint, not up front.
 */
export function useLiveReview(store: EditorStore): void {
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void import('../../core/review/run.ts').then(({ createReviewCache, runReview }) => {
      if (cancelled) return;
      const cache = createReviewCache();
      const review = () =>
        store.getState().setReview(runReview(store.getState().design, { cache }));
      review();
      unsubscribe = store.subscribe((state, prev) => {
        // Rules never read where nodes are drawn: moves and auto-layout keep the findings.
        if (state.design !== prev.design && !isLayoutOnlyChange(prev.design, state.design))
          review();
      });
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [store]);
}
