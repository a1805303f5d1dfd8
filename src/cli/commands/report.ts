import { compareRegions, estimate } from '../../core/estimate/index.ts';
import { runReview } from '../../core/review/run.ts';
import { createSession, prefill } from '../../core/session/prefill.ts';
import { reportHtml, reportMarkdown } from '../../core/session/report.ts';
import { EXIT, InputError, readDesign, writeOutput, type Output } from '../io.ts';

/** Options of `cloudwright report`. */
export interface ReportCliOptions {
  format: 'md' | 'html';
  /** File the report is written to. */
  out: string;
}

const FORMATS = ['md', 'html'] as const;

/**
 * `cloudwright report FILE --format md|html -o OUT`: reviews the design, pre-fills a session with
 * no team answers (so only what the design itself shows counts), and writes the Well-Architected
 * report with the cost and carbon of the design as deployed and in each priced Region. Exit 0, or
 * 2 when the file cannot be read or written, is not a valid design, or an option is wrong.
 */
export async function reportCommand(
  file: string,
  opts: ReportCliOptions,
  io: Output,
  now: Date = new Date(),
): Promise<number> {
  try {
    if (opts.format === undefined) throw new InputError('report: --format md|html is required');
    if (!(FORMATS as readonly string[]).includes(opts.format))
      throw new InputError(`report: --format must be md or html, not "${String(opts.format)}"`);
    if (!opts.out) throw new InputError('report: -o OUT is required');
    const design = await readDesign(file);
    const review = runReview(design);
    const { session } = prefill(
      createSession(design, { id: 'cli', createdAt: now.toISOString() }),
      review,
      design,
    );
    const input = {
      design,
      session,
      review,
      estimate: estimate(design),
      regions: compareRegions(design),
      date: now.toISOString().slice(0, 10),
    };
    await writeOutput(opts.out, opts.format === 'html' ? reportHtml(input) : reportMarkdown(input));
    const open = review.findings.filter((f) => !f.suppressed && !f.contextMissing).length;
    io.out(`${file}: report written to ${opts.out} (${open} open finding${open === 1 ? '' : 's'})`);
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(err.message);
    return EXIT.badInput;
  }
}
