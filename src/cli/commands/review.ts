import { runReview } from '../../core/review/run.ts';
import {
  PILLAR_NAMES,
  PILLARS,
  SEVERITIES,
  type Finding,
  type Severity,
} from '../../core/review/types.ts';
import { EXIT, InputError, readDesign, type Output } from '../io.ts';

/** Options of `cloudwright review`. */
export interface ReviewCliOptions {
  json: boolean;
  /** Exit 1 when an unsuppressed finding is at or above this severity. */
  failOn?: Severity;
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) =>
    Math.max(...rows.map((r) => (c === r.length - 1 ? 0 : r[c].length))),
  );
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c])))
      .join('  ')
      .trimEnd(),
  );
}

function readable(file: string, findings: Finding[], scores: Record<string, number>): string[] {
  const open = findings.filter((f) => !f.suppressed);
  const bySeverity = SEVERITIES.map(
    (s) => `${open.filter((f) => f.severity === s).length} ${s}`,
  ).join(', ');
  const lines = [
    `${file}: ${open.length} finding${open.length === 1 ? '' : 's'} (${bySeverity}), ${findings.length - open.length} suppressed`,
    `Scores: ${PILLARS.map((p) => `${PILLAR_NAMES[p]} ${scores[p]}`).join(', ')}`,
  ];
  if (findings.length === 0) return lines;
  const rows = [['SEVERITY', 'PILLAR', 'BEST PRACTICE', 'RULE', 'NODES', 'FINDING']];
  for (const f of findings) {
    const what = f.suppressed ? `${f.message} [suppressed: ${f.justification ?? ''}]` : f.message;
    rows.push([f.severity, f.pillar, f.bestPractice, f.rule, f.nodes.join(',') || '-', what]);
  }
  return [...lines, '', ...table(rows)];
}

/**
 * `cloudwright review FILE [--json] [--fail-on high|medium|low]`: the Well-Architected review of
 * a design file. Exit 0, or 1 when an unsuppressed finding is at or above `failOn`, or 2 when the
 * file cannot be read or is not a valid design.
 */
export async function review(file: string, opts: ReviewCliOptions, io: Output): Promise<number> {
  let result;
  try {
    if (opts.failOn !== undefined && !(SEVERITIES as readonly string[]).includes(opts.failOn)) {
      throw new InputError(`review: --fail-on must be one of ${SEVERITIES.join(', ')}`);
    }
    result = runReview(await readDesign(file));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(err.message);
    return EXIT.badInput;
  }
  const { findings, scores } = result;
  if (opts.json) {
    const out = findings.map((f) => ({
      rule: f.rule,
      pillar: f.pillar,
      severity: f.severity,
      bestPractice: f.bestPractice,
      title: f.title,
      message: f.message,
      nodes: f.nodes,
      remediation: f.remediation,
      suppressed: f.suppressed,
      ...(f.justification !== undefined ? { justification: f.justification } : {}),
      ...(f.contextMissing ? { contextMissing: f.contextMissing } : {}),
    }));
    io.out(JSON.stringify({ findings: out, scores }, null, 2));
  } else {
    io.out(readable(file, findings, scores).join('\n'));
  }
  const failOn = opts.failOn;
  const failing =
    failOn !== undefined && findings.some((f) => !f.suppressed && RANK[f.severity] <= RANK[failOn]);
  return failing ? EXIT.findings : EXIT.ok;
}
