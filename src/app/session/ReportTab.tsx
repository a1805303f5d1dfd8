import { useMemo } from 'react';
import { QUESTIONS } from '../../core/framework/index.ts';
import { compareRegions, estimate } from '../../core/estimate/index.ts';
import {
  improvementPlan,
  isOpen,
  pillarRiskCounts,
  reportHtml,
  reportMarkdown,
  type ReportInput,
} from '../../core/session/index.ts';
import { download } from '../shell/files.ts';
import { useEditorStore } from '../store/context.tsx';
import type { SessionApi } from './useReviewSession.ts';
import { isAnswered, pillarName } from './view.ts';

function stem(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'design'
  );
}

/** The report's inputs as of now: the open design, its review, the session and its estimates. */
function reportInput(api: SessionApi): ReportInput | null {
  if (!api.review) return null;
  return {
    design: api.design,
    session: api.session,
    review: api.review,
    estimate: estimate(api.design),
    regions: compareRegions(api.design),
    date: new Date().toISOString().slice(0, 10),
  };
}

/** The report: a preview of its summary, Markdown download and a printable HTML page. */
export function ReportTab({ api }: { api: SessionApi }) {
  const store = useEditorStore();
  const counts = useMemo(() => pillarRiskCounts(api.session), [api.session]);
  const planLength = useMemo(
    () => (api.review ? improvementPlan(api.session, api.review).length : 0),
    [api.session, api.review],
  );
  const answered = QUESTIONS.filter((q) => isAnswered(api.session.answers[q.id])).length;
  const high = counts.reduce((s, c) => s + c.high, 0);
  const medium = counts.reduce((s, c) => s + c.medium, 0);
  const open = api.review?.findings.filter(isOpen).length ?? 0;
  const name = stem(api.design.name);

  const markdown = () => {
    const input = reportInput(api);
    if (input) download(`${name}-well-architected.md`, reportMarkdown(input), 'text/markdown');
  };
  const printable = () => {
    const input = reportInput(api);
    if (!input) return;
    const html = reportHtml(input);
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    const opened = window.open(url, '_blank');
    if (opened) setTimeout(() => URL.revokeObjectURL(url), 60_000);
    else {
      URL.revokeObjectURL(url);
      download(`${name}-well-architected.html`, html, 'text/html');
      store
        .getState()
        .notify(
          'info',
          'The browser blocked the new window: the report was downloaded as HTML instead. Open it and print it to PDF.',
        );
    }
  };

  return (
    <section className="cw-tab-page" aria-labelledby="report-heading">
      <div className="cw-page-head">
        <h3 id="report-heading" className="cw-page-title">
          Report
        </h3>
        <p className="cw-muted">
          Summary, risks per pillar, improvement plan, cost and carbon per Region, and the diagram,
          as of now.
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="cw-button cw-button-primary cw-button-lg"
          disabled={!api.review}
          onClick={markdown}
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="cw-button cw-button-lg"
          disabled={!api.review}
          onClick={printable}
        >
          Open printable report
        </button>
      </div>
      <p className="cw-hint mt-2">
        The printable report opens in a new tab; print it from there, or save it as PDF.
      </p>

      <section className="cw-report-preview" aria-labelledby="report-preview-heading">
        <h4 id="report-preview-heading" className="cw-section mb-2">
          Preview: summary
        </h4>
        <dl className="cw-tiles">
          <div className="cw-tile">
            <dt>Answered</dt>
            <dd>
              <span className="cw-tile-value">
                {answered}/{QUESTIONS.length}
              </span>
            </dd>
          </div>
          <div className={`cw-tile ${high ? 'cw-tile-bad' : ''}`}>
            <dt>High-risk questions</dt>
            <dd>
              <span className="cw-tile-value">{high}</span>
            </dd>
          </div>
          <div className="cw-tile">
            <dt>Medium-risk questions</dt>
            <dd>
              <span className="cw-tile-value">{medium}</span>
            </dd>
          </div>
          <div className="cw-tile">
            <dt>Open findings</dt>
            <dd>
              <span className="cw-tile-value">{open}</span>
            </dd>
          </div>
          <div className="cw-tile">
            <dt>Improvement plan</dt>
            <dd>
              <span className="cw-tile-value">{planLength}</span>
              <span className="cw-tile-detail">
                {planLength === 1 ? 'unmet best practice' : 'unmet best practices'}
              </span>
            </dd>
          </div>
        </dl>
        <table className="cw-table mt-3">
          <caption className="sr-only">Question risks per pillar</caption>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col" className="n">
                High
              </th>
              <th scope="col" className="n">
                Medium
              </th>
              <th scope="col" className="n">
                No risk
              </th>
              <th scope="col" className="n">
                Not answered
              </th>
              <th scope="col" className="n">
                Not applicable
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.pillar}>
                <th scope="row">{pillarName(c.pillar)}</th>
                <td className="n">{c.high}</td>
                <td className="n">{c.medium}</td>
                <td className="n">{c.none}</td>
                <td className="n">{c.unanswered}</td>
                <td className="n">{c.notApplicable}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
