import { useReactFlow } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import { addSuppression, removeSuppression } from '../../core/model/design-ops.ts';
import { updateProps } from '../../core/model/ops.ts';
import {
  PILLAR_NAMES,
  PILLARS,
  SEVERITIES,
  type Finding,
  type Pillar,
  type Severity,
} from '../../core/review/types.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';

export const SEVERITY_STYLE: Record<Severity, string> = {
  high: 'cw-sev-high',
  medium: 'cw-sev-medium',
  low: 'cw-sev-low',
};

function nodeName(id: string, labels: ReadonlyMap<string, string>): string {
  return labels.get(id) ?? id;
}

const FindingItem = memo(function FindingItem({
  finding,
  labels,
}: {
  finding: Finding;
  labels: ReadonlyMap<string, string>;
}) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const [open, setOpen] = useState(false);
  const [justifying, setJustifying] = useState(false);
  const [reason, setReason] = useState('');
  const select = () => {
    store.getState().select(finding.nodes);
    if (finding.nodes.length > 0)
      void flow.fitView({
        nodes: finding.nodes.map((id) => ({ id })),
        duration: 300,
        padding: 0.6,
        maxZoom: 1.2,
      });
  };
  const fix = finding.fix;
  return (
    <li
      className={`cw-finding border-l-4 ${SEVERITY_STYLE[finding.severity]} ${finding.suppressed ? 'opacity-70' : ''}`}
      data-rule={finding.rule}
    >
      <div className="flex items-start gap-2 px-2 py-1.5">
        <span className={`cw-sev-badge mt-0.5 ${SEVERITY_STYLE[finding.severity]}`}>
          {finding.severity}
        </span>
        <div className="min-w-0 flex-1">
          <button
            type="button"
            className="cw-link text-left text-[13px] font-medium"
            onClick={select}
            aria-expanded={open}
            onDoubleClick={() => setOpen((o) => !o)}
          >
            {finding.message}
          </button>
          <div className="cw-muted mt-0.5 flex flex-wrap items-center gap-x-2 text-[11px]">
            <a href={finding.docs} target="_blank" rel="noreferrer noopener" className="underline">
              {finding.bestPractice}
            </a>
            <span>{finding.rule}</span>
            {finding.nodes.map((id) => (
              <span key={id}>· {nodeName(id, labels)}</span>
            ))}
            {finding.suppressed ? <span>· accepted: {finding.justification}</span> : null}
            {finding.contextMissing ? (
              <span>· needs workload context: {finding.contextMissing.join(', ')}</span>
            ) : null}
          </div>
          {open ? <p className="mt-1 text-xs">{finding.remediation}</p> : null}
          {justifying ? (
            <form
              className="mt-1 flex gap-1"
              onSubmit={(e) => {
                e.preventDefault();
                const ok = store
                  .getState()
                  .apply((d) =>
                    addSuppression(d, {
                      rule: finding.rule,
                      nodes: finding.nodes,
                      justification: reason,
                    }),
                  );
                if (ok) setJustifying(false);
              }}
            >
              <label className="sr-only" htmlFor={`why-${finding.rule}-${finding.nodes.join('-')}`}>
                Justification
              </label>
              <input
                id={`why-${finding.rule}-${finding.nodes.join('-')}`}
                className="cw-input flex-1 rounded px-2 py-0.5 text-xs"
                placeholder="Why is this accepted?"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                autoFocus
              />
              <button type="submit" className="cw-button px-2 py-0.5 text-xs">
                Accept finding
              </button>
            </form>
          ) : null}
          <div className="mt-1 flex flex-wrap gap-1">
            <button
              type="button"
              className="cw-button px-2 py-0.5 text-xs"
              onClick={() => setOpen((o) => !o)}
            >
              {open ? 'Less' : 'How to fix'}
            </button>
            {fix && !finding.suppressed ? (
              <button
                type="button"
                className="cw-button cw-button-primary px-2 py-0.5 text-xs"
                onClick={() => store.getState().apply((d) => updateProps(d, fix.node, fix.props))}
                title={fix.title}
              >
                Quick fix: {fix.title}
              </button>
            ) : null}
            {finding.suppressed ? (
              <button
                type="button"
                className="cw-button px-2 py-0.5 text-xs"
                onClick={() =>
                  store.getState().apply((d) => removeSuppression(d, finding.rule, finding.nodes))
                }
              >
                Reopen
              </button>
            ) : finding.contextMissing ? null : (
              <button
                type="button"
                className="cw-button px-2 py-0.5 text-xs"
                onClick={() => setJustifying((j) => !j)}
              >
                Accept…
              </button>
            )}
          </div>
        </div>
      </div>
    </li>
  );
});

/** Findings of the Well-Architected rules, by pillar, with scores, filters, fixes and acceptance. */
export function ReviewPanel({ onContext }: { onContext: () => void }) {
  const review = useEditor((s) => s.review);
  const design = useEditor((s) => s.design);
  const [pillar, setPillar] = useState<Pillar | 'all'>('all');
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [showSuppressed, setShowSuppressed] = useState(true);
  const labels = useMemo(
    () => new Map(design.nodes.map((n) => [n.id, n.label ?? n.id])),
    [design.nodes],
  );
  if (!review) return null;
  const shown = review.findings.filter(
    (f) =>
      (pillar === 'all' || f.pillar === pillar) &&
      (severity === 'all' || f.severity === severity) &&
      (showSuppressed || !f.suppressed),
  );
  const byPillar = PILLARS.map((p) => [p, shown.filter((f) => f.pillar === p)] as const).filter(
    ([, list]) => list.length > 0,
  );
  return (
    <section aria-label="Review" className="flex h-full min-h-0">
      <div className="flex w-52 shrink-0 flex-col gap-2 overflow-y-auto border-r cw-border px-2 py-2">
        <ul className="m-0 flex list-none flex-col gap-1 p-0" aria-label="Scores per pillar">
          {PILLARS.map((p) => (
            <li key={p}>
              <button
                type="button"
                className={`cw-score ${pillar === p ? 'cw-score-active' : ''}`}
                onClick={() => setPillar(pillar === p ? 'all' : p)}
                aria-pressed={pillar === p}
              >
                <span className="flex w-full items-baseline justify-between gap-2">
                  <span className="truncate text-[12px]">{PILLAR_NAMES[p]}</span>
                  <span className="text-[13px] font-semibold tabular-nums">{review.scores[p]}</span>
                </span>
                <span className="cw-meter" aria-hidden="true">
                  <span style={{ width: `${review.scores[p]}%` }} />
                </span>
                <span className="cw-muted text-[10px]">{review.counts.byPillar[p]} open</span>
              </button>
            </li>
          ))}
        </ul>
        <label className="text-xs">
          <span className="mb-0.5 block">Pillar</span>
          <select
            className="cw-input w-full rounded px-1 py-0.5 text-xs"
            value={pillar}
            onChange={(e) => setPillar(e.target.value as Pillar | 'all')}
          >
            <option value="all">All pillars</option>
            {PILLARS.map((p) => (
              <option key={p} value={p}>
                {PILLAR_NAMES[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs">
          <span className="mb-0.5 block">Severity</span>
          <select
            className="cw-input w-full rounded px-1 py-0.5 text-xs"
            value={severity}
            onChange={(e) => setSeverity(e.target.value as Severity | 'all')}
          >
            <option value="all">All</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s} ({review.counts.bySeverity[s]})
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            checked={showSuppressed}
            onChange={(e) => setShowSuppressed(e.target.checked)}
          />{' '}
          Show accepted findings
        </label>
        <button
          type="button"
          className="cw-button justify-center px-2 py-0.5 text-xs"
          onClick={onContext}
        >
          Workload context…
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-3 py-2">
        {byPillar.length === 0 ? (
          <p className="cw-muted text-sm">No findings match these filters.</p>
        ) : null}
        {byPillar.map(([p, list]) => (
          <div key={p} className="mb-3">
            <h3 className="cw-section mb-1">
              {PILLAR_NAMES[p]} · {list.length} finding{list.length === 1 ? '' : 's'} · score{' '}
              {review.scores[p]}
            </h3>
            <ul className="m-0 flex list-none flex-col gap-1 p-0">
              {list.map((f) => (
                <FindingItem
                  key={`${f.rule}:${f.nodes.join(',')}:${f.message}`}
                  finding={f}
                  labels={labels}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
