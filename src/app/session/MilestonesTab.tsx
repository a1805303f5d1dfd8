import { useState } from 'react';
import { estimate } from '../../core/estimate/index.ts';
import {
  addMilestone,
  compareMilestones,
  createMilestone,
  pillarRiskCounts,
  type Milestone,
} from '../../core/session/index.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { Comparison } from './Comparison.tsx';
import type { SessionApi } from './useReviewSession.ts';
import { plural, usd } from './view.ts';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
}

function riskSummary(m: Milestone): string {
  const counts = pillarRiskCounts(m);
  const high = counts.reduce((s, c) => s + c.high, 0);
  const medium = counts.reduce((s, c) => s + c.medium, 0);
  return `${high} high, ${medium} medium`;
}

/** Save named snapshots of the session and compare two of them. */
export function MilestonesTab({
  api,
  onShowOnCanvas,
}: {
  api: SessionApi;
  onShowOnCanvas: () => void;
}) {
  const store = useEditorStore();
  const marks = useEditor((s) => Object.keys(s.highlight).length);
  const milestones = api.session.milestones;
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [shown, setShown] = useState<{ from: string; to: string } | null>(null);
  // Defaults: the two most recent milestones, older first.
  const fromId = milestones.some((m) => m.id === from)
    ? from
    : (milestones[milestones.length - 2]?.id ?? '');
  const toId = milestones.some((m) => m.id === to)
    ? to
    : (milestones[milestones.length - 1]?.id ?? '');
  const a = milestones.find((m) => m.id === shown?.from);
  const b = milestones.find((m) => m.id === shown?.to);
  const comparison = a && b ? compareMilestones(a, b) : null;

  const save = () => {
    const title = name.trim() || `Milestone ${milestones.length + 1}`;
    const { design, review } = store.getState();
    if (!review) return;
    api.update((s) =>
      addMilestone(s, createMilestone(title, design, s, review, estimate(design), new Date())),
    );
    setName('');
  };

  return (
    <section className="cw-tab-page" aria-labelledby="milestones-heading">
      <div className="cw-page-head">
        <h3 id="milestones-heading" className="cw-page-title">
          Milestones
        </h3>
        <p className="cw-muted">
          A milestone keeps the design, the answers, the findings, and the cost and carbon as they
          are now.
        </p>
      </div>
      <form
        className="cw-milestone-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="cw-field flex-1">
          <label htmlFor="milestone-name">Milestone name</label>
          <input
            id="milestone-name"
            className="cw-input"
            value={name}
            placeholder={`Milestone ${milestones.length + 1}`}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button
          type="submit"
          className="cw-button cw-button-primary cw-button-lg"
          disabled={!api.review}
        >
          Save milestone
        </button>
      </form>

      {milestones.length === 0 ? (
        <p className="cw-empty">
          No milestones yet. Save one at the start of the review and another after the changes to
          compare them.
        </p>
      ) : (
        <table className="cw-table mt-4">
          <caption className="sr-only">Saved milestones</caption>
          <thead>
            <tr>
              <th scope="col">Milestone</th>
              <th scope="col">Saved</th>
              <th scope="col">Question risks</th>
              <th scope="col" className="n">
                Open findings
              </th>
              <th scope="col" className="n">
                Cost per month
              </th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m) => (
              <tr key={m.id} data-milestone={m.name}>
                <th scope="row">{m.name}</th>
                <td>{when(m.createdAt)}</td>
                <td>{riskSummary(m)}</td>
                <td className="n">
                  {m.findings.filter((f) => !f.suppressed && !f.contextMissing).length}
                </td>
                <td className="n">{usd(m.cost.monthlyUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {milestones.length >= 2 ? (
        <form
          className="cw-compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            setShown({ from: fromId, to: toId });
          }}
        >
          <MilestoneSelect
            id="compare-from"
            label="Compare from"
            milestones={milestones}
            value={fromId}
            onChange={setFrom}
          />
          <MilestoneSelect
            id="compare-to"
            label="Compare to"
            milestones={milestones}
            value={toId}
            onChange={setTo}
          />
          <button type="submit" className="cw-button cw-button-lg" disabled={fromId === toId}>
            Compare
          </button>
          {fromId === toId ? <span className="cw-hint">Pick two different milestones.</span> : null}
        </form>
      ) : milestones.length === 1 ? (
        <p className="cw-muted mt-3">Save {plural(1, 'more milestone')} to compare.</p>
      ) : null}

      {comparison && a && b ? (
        <Comparison
          comparison={comparison}
          before={a}
          after={b}
          onShow={() => {
            const next: Record<string, 'added' | 'changed'> = {};
            for (const id of comparison.design.added) next[id] = 'added';
            for (const id of comparison.design.changed) next[id] = 'changed';
            store.getState().setHighlight(next);
            onShowOnCanvas();
          }}
        />
      ) : null}
      {marks > 0 ? (
        <p className="mt-3 flex items-center gap-2">
          <span className="cw-muted">{plural(marks, 'node')} marked on the canvas.</span>
          <button
            type="button"
            className="cw-button"
            onClick={() => store.getState().setHighlight({})}
          >
            Clear marks
          </button>
        </p>
      ) : null}
    </section>
  );
}

/** One end of a milestone comparison. */
function MilestoneSelect({
  id,
  label,
  milestones,
  value,
  onChange,
}: {
  id: string;
  label: string;
  milestones: readonly { id: string; name: string }[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <div className="cw-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="cw-input" value={value} onChange={(e) => onChange(e.target.value)}>
        {milestones.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
