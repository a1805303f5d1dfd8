import { useReactFlow } from '@xyflow/react';
import { lazy, Suspense } from 'react';
import { ReviewPanel } from '../review/ReviewPanel.tsx';
import { useEditor, useEditorStore } from '../store/context.tsx';
import type { PanelId } from '../store/editor-store.ts';

// Estimator and exporter code loads when its panel is first opened.
const CostPanel = lazy(() =>
  import('../cost/CostPanel.tsx').then((m) => ({ default: m.CostPanel })),
);
const ExportPanel = lazy(() =>
  import('../export/ExportPanel.tsx').then((m) => ({ default: m.ExportPanel })),
);

const TABS: { id: PanelId; label: string }[] = [
  { id: 'review', label: 'Review' },
  { id: 'cost', label: 'Cost and carbon' },
  { id: 'export', label: 'Export' },
];

/** Review, cost and export panels under the canvas; a tab opens one, the open tab closes it. */
export function BottomPanel({ onContext }: { onContext: () => void }) {
  const store = useEditorStore();
  const panel = useEditor((s) => s.panel);
  const counts = useEditor((s) => s.review?.counts);
  const flow = useReactFlow();
  // The canvas changes height when the panel opens or closes: keep the whole diagram in view.
  const show = (next: PanelId | null) => {
    const resized = (next === null) !== (panel === null);
    store.getState().setPanel(next);
    if (resized)
      requestAnimationFrame(() =>
        requestAnimationFrame(() => void flow.fitView({ duration: 200 })),
      );
  };
  return (
    <div
      className={`cw-no-print cw-panel flex flex-col border-t cw-border ${panel ? 'h-[max(300px,min(48vh,460px))]' : ''}`}
    >
      <div
        className="cw-tabbar flex items-end gap-1 border-b cw-border px-2 pt-1"
        role="tablist"
        aria-label="Panels"
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={panel === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => show(panel === t.id ? null : t.id)}
          >
            {t.label}
            {t.id === 'review' && counts ? (
              <span className="cw-muted ml-1.5 text-[11px] font-normal">
                {counts.bySeverity.high} high · {counts.bySeverity.medium} medium ·{' '}
                {counts.bySeverity.low} low
              </span>
            ) : null}
          </button>
        ))}
        <div className="flex-1" />
        {panel ? (
          <button
            type="button"
            className="cw-button mb-1 px-2 py-0.5 text-xs"
            onClick={() => show(null)}
          >
            Hide panel
          </button>
        ) : null}
      </div>
      {panel ? (
        <div
          role="tabpanel"
          id={`panel-${panel}`}
          aria-labelledby={`tab-${panel}`}
          className="min-h-0 flex-1"
        >
          <Suspense fallback={<p className="p-3 text-sm">Loading…</p>}>
            {panel === 'review' ? <ReviewPanel onContext={onContext} /> : null}
            {panel === 'cost' ? <CostPanel /> : null}
            {panel === 'export' ? <ExportPanel /> : null}
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
