import { getQuestion } from '../../core/framework/index.ts';
import type { FindingRef, Milestone, MilestoneComparison } from '../../core/session/index.ts';
import { RiskBadge } from './parts.tsx';
import { kg, kgCo2e, nodeLabels, plural, signed, usd } from './view.ts';

function Tile({
  label,
  value,
  unit,
  detail,
  tone,
}: {
  label: string;
  value: string;
  unit?: string;
  detail?: string;
  tone?: 'good' | 'bad';
}) {
  return (
    <div className={`cw-tile ${tone ? `cw-tile-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="cw-tile-value">
          {value}
          {unit ? <span className="cw-tile-unit"> {unit}</span> : null}
        </span>
        {detail ? <span className="cw-tile-detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

function FindingList({
  title,
  findings,
  labels,
  testId,
}: {
  title: string;
  findings: FindingRef[];
  labels: ReadonlyMap<string, string>;
  testId: string;
}) {
  return (
    <div className="cw-compare-block" data-testid={testId}>
      <h5 className="cw-section mb-1">
        {title} ({findings.length})
      </h5>
      {findings.length === 0 ? (
        <p className="cw-muted text-[13px]">None.</p>
      ) : (
        <ul className="cw-plain-list">
          {findings.map((f) => (
            <li key={`${f.rule}:${f.nodes.join(',')}`} data-rule={f.rule}>
              <span className={`cw-sev-dot cw-sev-${f.severity}`} aria-hidden="true" />
              {f.message} <span className="cw-muted">· {f.rule}</span>
              {f.nodes.length ? (
                <span className="cw-muted">
                  {' '}
                  · {f.nodes.map((id) => labels.get(id) ?? id).join(', ')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function tone(change: number): 'good' | 'bad' | undefined {
  if (Math.abs(change) < 0.005) return undefined;
  return change < 0 ? 'good' : 'bad';
}

/** What changed between two milestones, with the design diff ready to show on the canvas. */
export function Comparison({
  comparison: c,
  before,
  after,
  onShow,
}: {
  comparison: MilestoneComparison;
  before: Milestone;
  after: Milestone;
  onShow: () => void;
}) {
  const labels = new Map([...nodeLabels(before.design), ...nodeLabels(after.design)]);
  const names = (ids: string[]) =>
    ids.length ? ids.map((id) => labels.get(id) ?? id).join(', ') : 'none';
  const d = c.design;
  const marked = d.added.length + d.changed.length;
  return (
    <section className="cw-comparison" aria-labelledby="comparison-heading">
      <h4 id="comparison-heading" className="cw-compare-title">
        “{c.from.name}” → “{c.to.name}”
      </h4>
      <dl className="cw-tiles">
        <Tile
          label="Risks fixed"
          value={String(c.risksFixed.length)}
          tone={c.risksFixed.length ? 'good' : undefined}
          detail={c.risksFixed.join(', ') || undefined}
        />
        <Tile
          label="New risks"
          value={String(c.risksNew.length)}
          tone={c.risksNew.length ? 'bad' : undefined}
          detail={c.risksNew.join(', ') || undefined}
        />
        <Tile
          label="Findings fixed"
          value={String(c.findingsFixed.length)}
          tone={c.findingsFixed.length ? 'good' : undefined}
        />
        <Tile
          label="New findings"
          value={String(c.findingsNew.length)}
          tone={c.findingsNew.length ? 'bad' : undefined}
        />
        <Tile
          label="Cost per month"
          value={signed(c.cost.change, usd)}
          detail={`${usd(c.cost.before)} → ${usd(c.cost.after)}`}
          tone={tone(c.cost.change)}
        />
        <Tile
          label="Carbon per month"
          value={signed(c.carbon.change, kg)}
          unit={Math.abs(c.carbon.change) < 0.005 ? undefined : 'kg CO2e'}
          detail={`${kgCo2e(c.carbon.before)} → ${kgCo2e(c.carbon.after)}`}
          tone={tone(c.carbon.change)}
        />
      </dl>

      <div className="cw-compare-block">
        <h5 className="cw-section mb-1">Design</h5>
        <ul className="cw-plain-list" data-testid="design-diff">
          <li>
            <span className="cw-diff cw-diff-added">Added</span> {names(d.added)}
          </li>
          <li>
            <span className="cw-diff cw-diff-removed">Removed</span> {names(d.removed)}
          </li>
          <li>
            <span className="cw-diff cw-diff-changed">Changed</span> {names(d.changed)}
          </li>
          <li className="cw-muted">
            Connections: {d.edges.added.length} added, {d.edges.removed.length} removed,{' '}
            {d.edges.changed.length} changed
          </li>
        </ul>
        <button
          type="button"
          className="cw-button cw-button-primary mt-2"
          disabled={marked === 0}
          onClick={onShow}
        >
          Show on canvas
        </button>
        {marked === 0 ? (
          <span className="cw-hint ml-2">No node was added or changed.</span>
        ) : (
          <span className="cw-hint ml-2">
            Marks {plural(marked, 'node')} and closes the review.
          </span>
        )}
      </div>

      <div className="cw-compare-cols">
        <FindingList
          title="New findings"
          findings={c.findingsNew}
          labels={labels}
          testId="findings-new"
        />
        <FindingList
          title="Fixed findings"
          findings={c.findingsFixed}
          labels={labels}
          testId="findings-fixed"
        />
      </div>

      <div className="cw-compare-block">
        <h5 className="cw-section mb-1">Question risks ({c.questions.length} changed)</h5>
        {c.questions.length === 0 ? (
          <p className="cw-muted text-[13px]">No question's risk changed.</p>
        ) : (
          <table className="cw-table">
            <caption className="sr-only">Question risks that changed</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Best practices fixed</th>
                <th scope="col">Newly unmet</th>
              </tr>
            </thead>
            <tbody>
              {c.questions.map((q) => (
                <tr key={q.question} data-question={q.question}>
                  <th scope="row">
                    <span className="cw-bp-id">{q.question}</span> {getQuestion(q.question)?.title}
                  </th>
                  <td>
                    <RiskBadge risk={q.before} />
                  </td>
                  <td>
                    <RiskBadge risk={q.after} />
                  </td>
                  <td>{q.fixed.join(', ') || '—'}</td>
                  <td>{q.new.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
