import { useMemo } from 'react';
import { updateProps } from '../../core/model/ops.ts';
import { improvementPlan, type PlanItem } from '../../core/session/index.ts';
import { useEditorStore } from '../store/context.tsx';
import { FindingLinks, LevelTag } from './parts.tsx';
import type { SessionApi } from './useReviewSession.ts';
import { pillarName, plural } from './view.ts';

function PlanEntry({
  item,
  labels,
  onGo,
  onSelected,
}: {
  item: PlanItem;
  labels: ReadonlyMap<string, string>;
  onGo: (q: string) => void;
  onSelected: (t: string) => void;
}) {
  const store = useEditorStore();
  const remediations = [...new Set(item.findings.map((f) => f.remediation))];
  return (
    <li className={`cw-plan-item cw-plan-${item.risk}`} data-bp={item.bestPractice.id}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <LevelTag level={item.risk} />
        <h4 className="cw-plan-title">
          <span className="cw-bp-id">{item.bestPractice.id}</span> {item.bestPractice.title}
        </h4>
      </div>
      <p className="cw-muted mt-1 text-[13px]">
        {pillarName(item.pillar)} · {item.question.id} {item.question.title}{' '}
        <button type="button" className="cw-link" onClick={() => onGo(item.question.id)}>
          Open question {item.question.id}
        </button>
      </p>
      {item.findings.length > 0 ? (
        <FindingLinks findings={item.findings} labels={labels} onSelected={onSelected} />
      ) : (
        <p className="cw-muted mt-1 text-[13px]">
          Left unchecked by the team; no finding in the design.
        </p>
      )}
      {remediations.length > 0 ? (
        <ul className="cw-remediation">
          {remediations.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      {item.fixes.length > 0 ? (
        <div className="mt-2 flex flex-wrap gap-2">
          {item.fixes.map((fix) => (
            <button
              key={`${fix.node}:${fix.title}`}
              type="button"
              className="cw-button cw-button-primary"
              onClick={() => {
                const ok = store.getState().apply((d) => updateProps(d, fix.node, fix.props));
                if (ok)
                  store
                    .getState()
                    .notify(
                      'info',
                      `Applied “${fix.title}” to ${labels.get(fix.node) ?? fix.node}. Undo with Ctrl+Z.`,
                    );
              }}
            >
              Quick fix: {fix.title} ({labels.get(fix.node) ?? fix.node})
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
}

/** The improvement plan: unmet best practices, high risk first, with findings and quick fixes. */
export function PlanTab({
  api,
  labels,
  onGo,
  onSelected,
}: {
  api: SessionApi;
  labels: ReadonlyMap<string, string>;
  onGo: (q: string) => void;
  onSelected: (t: string) => void;
}) {
  const plan = useMemo(
    () => (api.review ? improvementPlan(api.session, api.review) : []),
    [api.session, api.review],
  );
  const by = (r: PlanItem['risk']) => plan.filter((i) => i.risk === r).length;
  const fixes = plan.reduce((n, i) => n + i.fixes.length, 0);
  return (
    <section className="cw-tab-page" aria-labelledby="plan-heading">
      <div className="cw-page-head">
        <h3 id="plan-heading" className="cw-page-title">
          Improvement plan
        </h3>
        <p className="cw-muted">
          {plan.length === 0
            ? 'No unmet best practices. Confirm answers to find the gaps the review cannot see.'
            : `${plural(plan.length, 'unmet best practice')}: ${by('high')} high, ${by('medium')} medium, ${by('low')} low risk; ${plural(fixes, 'quick fix', 'quick fixes')} available.`}
        </p>
      </div>
      <ol className="cw-plan">
        {plan.map((item) => (
          <PlanEntry
            key={item.bestPractice.id}
            item={item}
            labels={labels}
            onGo={onGo}
            onSelected={onSelected}
          />
        ))}
      </ol>
    </section>
  );
}
