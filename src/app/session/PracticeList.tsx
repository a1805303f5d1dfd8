import type { BestPractice, Question } from '../../core/framework/index.ts';
import {
  evidenceFor,
  setBestPractice,
  type Answer,
  type Evidence,
} from '../../core/session/index.ts';
import { FindingLinks, LevelTag } from './parts.tsx';
import type { SessionApi } from './useReviewSession.ts';
import { plural } from './view.ts';

/** What the review says about one best practice, in words. */
function EvidenceLine({
  evidence,
  suggested,
  labels,
  onSelected,
}: {
  evidence: Evidence;
  suggested: boolean;
  labels: ReadonlyMap<string, string>;
  onSelected: (t: string) => void;
}) {
  switch (evidence.state) {
    case 'unmet':
      return (
        <div className="cw-evidence cw-evidence-unmet">
          <p>Unmet: {plural(evidence.open.length, 'open finding')}</p>
          <FindingLinks findings={evidence.open} labels={labels} onSelected={onSelected} />
        </div>
      );
    case 'met':
      return (
        <div className="cw-evidence cw-evidence-met">
          <p>
            Suggested met by the review (
            {evidence.rules.length === 1 ? '1 rule passes' : `${evidence.rules.length} rules pass`})
            {suggested ? ': confirm with the team' : ''}
          </p>
        </div>
      );
    case 'undecided':
      return (
        <div className="cw-evidence cw-evidence-undecided">
          <p>
            For the team to decide:{' '}
            {plural(evidence.other.length, 'accepted or context-dependent finding')}
          </p>
          <FindingLinks findings={evidence.other} labels={labels} onSelected={onSelected} />
        </div>
      );
    default:
      return (
        <div className="cw-evidence cw-evidence-uncovered">
          <p>Not covered by a rule</p>
        </div>
      );
  }
}

/** The open findings' messages, at most three, for the room to read. */
function FindingMessages({ evidence }: { evidence: Evidence }) {
  if (evidence.state !== 'unmet') return null;
  const shown = evidence.open.slice(0, 3);
  return (
    <ul className="cw-meeting-findings">
      {shown.map((f) => (
        <li key={`${f.rule}:${f.nodes.join(',')}:${f.message}`}>{f.message}</li>
      ))}
      {evidence.open.length > shown.length ? (
        <li>and {evidence.open.length - shown.length} more</li>
      ) : null}
    </ul>
  );
}

const CHIP: Record<Evidence['state'], string> = {
  unmet: 'Unmet',
  met: 'Suggested met',
  undecided: 'Team decides',
  uncovered: 'Not covered by a rule',
};

/** Meeting mode: the evidence as a short chip, and the open findings' messages in plain words. */
function EvidenceChip({ evidence }: { evidence: Evidence }) {
  const n =
    evidence.state === 'unmet'
      ? evidence.open.length
      : evidence.state === 'undecided'
        ? evidence.other.length
        : 0;
  return (
    <span className={`cw-chip cw-evidence-${evidence.state}`}>
      {CHIP[evidence.state]}
      {n ? `: ${plural(n, 'finding')}` : ''}
    </span>
  );
}

/**
 * The best practices of a question as labelled checkboxes, each with its risk level, our
 * summary and the review's evidence. `large` is the meeting-mode rendering, with number keys.
 */
export function PracticeList({
  api,
  question,
  answer,
  labels,
  onSelected,
  large,
}: {
  api: SessionApi;
  question: Question;
  answer: Answer | undefined;
  labels: ReadonlyMap<string, string>;
  onSelected: (text: string) => void;
  large?: boolean;
}) {
  const checked = new Set(answer?.checked ?? []);
  const suggested = new Set(answer?.suggested ?? []);
  const disabled = answer?.notApplicable !== undefined;
  const row = (bp: BestPractice, i: number) => {
    const id = `bp-${bp.id}`;
    const evidence = evidenceFor(api.evidence, bp.id);
    return (
      <li
        key={bp.id}
        className={`cw-practice ${checked.has(bp.id) ? 'cw-practice-on' : ''}`}
        data-bp={bp.id}
        data-evidence={evidence.state}
      >
        <input
          id={id}
          type="checkbox"
          className="cw-check"
          checked={checked.has(bp.id)}
          disabled={disabled}
          aria-describedby={large ? undefined : `${id}-summary`}
          onChange={(e) => {
            const on = e.target.checked;
            api.update((s) => setBestPractice(s, bp.id, on));
          }}
        />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <label htmlFor={id} className="cw-practice-title">
              {large && i < 9 ? (
                <kbd className="cw-kbd" aria-hidden="true">
                  {i + 1}
                </kbd>
              ) : null}
              <span className={large ? 'sr-only' : 'cw-bp-id'}>{bp.id}</span> {bp.title}
            </label>
            <LevelTag level={bp.risk} />
            {suggested.has(bp.id) ? <span className="cw-suggested">suggested</span> : null}
          </div>
          {large ? null : (
            <p id={`${id}-summary`} className="cw-muted cw-practice-summary">
              {bp.summary}
            </p>
          )}
          {large ? (
            <FindingMessages evidence={evidence} />
          ) : (
            <EvidenceLine
              evidence={evidence}
              suggested={suggested.has(bp.id)}
              labels={labels}
              onSelected={onSelected}
            />
          )}
        </div>
        {large ? <EvidenceChip evidence={evidence} /> : null}
      </li>
    );
  };
  return (
    <fieldset className={`cw-practices ${large ? 'cw-practices-large' : ''}`} disabled={disabled}>
      <legend className="sr-only">Best practices of {question.id}</legend>
      <ul>{question.bestPractices.map(row)}</ul>
    </fieldset>
  );
}
