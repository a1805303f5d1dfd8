import { create } from 'zustand';
import { temporal } from 'zundo';
import { emptyDesign, type DesignDocument, type Result } from '../../core/model/index.ts';
import type { ReviewResult } from '../../core/review/run.ts';
import type { Severity } from '../../core/review/types.ts';

/**
 * One store per editor, built from slices. Only `design` is tracked by undo history; selection
 * and UI state are not, so undo never "undoes" a click. Persistence subscribes from outside.
 */

export type Notice = { kind: 'error' | 'info'; text: string; id: number };

export interface DesignSlice {
  design: DesignDocument;
  /** Key of the design in local storage (IndexedDB). */
  designKey: string;
  /**
   * Applies an edit: a pure operation from core/model. A refusal leaves the design as it was
   * and shows the reason. Returns whether the edit applied.
   */
  apply: (op: (d: DesignDocument) => Result<DesignDocument> | DesignDocument) => boolean;
  /** Replaces the whole document (open, new, template); history starts afresh. */
  load: (design: DesignDocument, designKey: string) => void;
}

export interface SelectionSlice {
  selectedNodes: readonly string[];
  selectedEdges: readonly string[];
  select: (nodes: readonly string[], edges?: readonly string[]) => void;
}

export interface UiSlice {
  notices: Notice[];
  notify: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
  theme: 'light' | 'dark';
  setTheme: (theme: 'light' | 'dark') => void;
}

export type PanelId = 'review' | 'cost' | 'export';

export interface AnalysisSlice {
  review: ReviewResult | null;
  /** Worst open severity per node id, for the canvas badges. */
  worst: Readonly<Record<string, Severity>>;
  setReview: (review: ReviewResult) => void;
  /** Nodes marked on the canvas by a milestone comparison (added or changed since the older one). */
  highlight: Readonly<Record<string, 'added' | 'changed'>>;
  setHighlight: (highlight: Readonly<Record<string, 'added' | 'changed'>>) => void;
  /** Bottom panel shown, or null when collapsed. */
  panel: PanelId | null;
  setPanel: (panel: PanelId | null) => void;
}

export type EditorState = DesignSlice & SelectionSlice & UiSlice & AnalysisSlice;

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

let noticeId = 0;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function createEditorStore(initial: DesignDocument = emptyDesign(), designKey = 'default') {
  return create<EditorState>()(
    temporal(
      (set, get) => ({
        design: initial,
        designKey,
        apply: (op) => {
          const result = op(get().design);
          if ('ok' in result) {
            if (!result.ok) {
              get().notify('error', result.errors.map((e) => e.message).join(' '));
              return false;
            }
            if (result.value === get().design) return true;
            set({ design: result.value });
            return true;
          }
          if (result !== get().design) set({ design: result });
          return true;
        },
        load: (design, key) => {
          set({ design, designKey: key, selectedNodes: [], selectedEdges: [] });
        },
        selectedNodes: [],
        selectedEdges: [],
        select: (nodes, edges = []) => {
          const s = get();
          if (sameIds(s.selectedNodes, nodes) && sameIds(s.selectedEdges, edges)) return;
          set({ selectedNodes: nodes, selectedEdges: edges });
        },
        notices: [],
        notify: (kind, text) => {
          noticeId += 1;
          const id = noticeId;
          set({ notices: [...get().notices.slice(-3), { kind, text, id }] });
        },
        dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
        theme: 'light',
        setTheme: (theme) => set({ theme }),
        review: null,
        worst: {},
        setReview: (review) => {
          const worst: Record<string, Severity> = {};
          for (const f of review.findings) {
            if (f.suppressed) continue;
            for (const n of f.nodes)
              if (!worst[n] || RANK[f.severity] > RANK[worst[n]]) worst[n] = f.severity;
          }
          set({ review, worst });
        },
        highlight: {},
        setHighlight: (highlight) => set({ highlight }),
        panel: null,
        setPanel: (panel) => set({ panel }),
      }),
      {
        partialize: (s) => ({ design: s.design }),
        equality: (a, b) => a.design === b.design,
        limit: 200,
      },
    ),
  );
}

export type EditorStore = ReturnType<typeof createEditorStore>;
