import type { Finding } from '../../core/review/types.ts';
import type { QuestionRisk } from '../../core/session/index.ts';
import { useEditorStore } from '../store/context.tsx';
import { RISK_SHORT, RISK_TEXT } from './view.ts';

/** A question's risk as a coloured pill; the text carries the meaning, the colour repeats it. */
export function RiskBadge({
  risk,
  short,
  large,
}: {
  risk: QuestionRisk;
  short?: boolean;
  large?: boolean;
}) {
  return (
    <span className={`cw-risk cw-risk-${risk} ${large ? 'cw-risk-large' : ''}`} data-risk={risk}>
      {short ? (
        <>
          <span aria-hidden="true">{RISK_SHORT[risk]}</span>
          <span className="sr-only">{RISK_TEXT[risk]}</span>
        </>
      ) : (
        RISK_TEXT[risk]
      )}
    </span>
  );
}

/** A best practice's own risk level (how much leaving it unmet weighs). */
export function LevelTag({ level }: { level: 'high' | 'medium' | 'low' }) {
  return <span className={`cw-level cw-level-${level}`}>{level} risk</span>;
}

/**
 * Findings as buttons: a click selects their nodes on the canvas (visible once the screen
 * closes), and `onSelected` says so.
 */
export function FindingLinks({
  findings,
  labels,
  onSelected,
}: {
  findings: readonly Finding[];
  labels: ReadonlyMap<string, string>;
  onSelected?: (text: string) => void;
}) {
  const store = useEditorStore();
  if (findings.length === 0) return null;
  return (
    <ul className="cw-findings-mini">
      {findings.map((f) => {
        const names = f.nodes.map((id) => labels.get(id) ?? id);
        return (
          <li key={`${f.rule}:${f.nodes.join(',')}:${f.message}`} data-rule={f.rule}>
            <span className={`cw-sev-dot cw-sev-${f.severity}`} aria-hidden="true" />
            <button
              type="button"
              className="cw-link text-left"
              title={f.nodes.length ? `Select ${names.join(', ')} on the canvas` : undefined}
              onClick={() => {
                store.getState().select(f.nodes);
                if (f.nodes.length) onSelected?.(`Selected ${names.join(', ')} on the canvas.`);
              }}
            >
              {f.message}
            </button>
            <span className="cw-muted cw-finding-rule"> · {f.rule}</span>
          </li>
        );
      })}
    </ul>
  );
}
