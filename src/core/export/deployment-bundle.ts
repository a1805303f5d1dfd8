import { compareRegions, estimate, toCsv } from '../estimate/index.ts';
import type { DesignDocument } from '../model/types.ts';
import { runReview } from '../review/run.ts';
import { createSession, prefill } from '../session/prefill.ts';
import { diagramSvg } from '../session/diagram.ts';
import { reportMarkdown } from '../session/report.ts';
import type { ReviewSession } from '../session/types.ts';
import { createBundle } from './bundle.ts';

export interface DeploymentBundleOptions {
  format?: 'yaml' | 'json';
  /** Date printed in the review report, e.g. `2026-11-22`: given, so the bundle is reproducible. */
  date: string;
  /** The team's review session, when there is one; otherwise the review alone pre-fills the report. */
  session?: ReviewSession;
}

/**
 * The deployment bundle as a zip: templates, parameters per environment, deploy scripts, README
 * and design file (from `createBundle`), plus the review report (Markdown), the cost and carbon
 * estimate (CSV) and the diagram (SVG). Pure: the same design, options and date give the same bytes.
 */
export function deploymentBundle(
  design: DesignDocument,
  options: DeploymentBundleOptions,
): Uint8Array {
  const review = runReview(design);
  const session =
    options.session ??
    prefill(
      createSession(design, { id: 'bundle', createdAt: `${options.date}T00:00:00.000Z` }),
      review,
      design,
    ).session;
  const asDeployed = estimate(design);
  const report = reportMarkdown({
    design,
    session,
    review,
    estimate: asDeployed,
    regions: compareRegions(design),
    date: options.date,
  });
  return createBundle(design, {
    format: options.format,
    extras: {
      'reports/well-architected-review.md': report,
      'reports/cost-and-carbon.csv': toCsv(asDeployed),
      'diagram.svg': diagramSvg(design),
    },
  });
}
