import { CATALOG_ENTRIES } from '../../../catalog/index.ts';
import type { Rule } from '../../types.ts';
import { wa } from '../helpers.ts';

// Every service with a price of its own makes the design worth watching.
const PRICED = CATALOG_ENTRIES.filter(
  (e) => e.pricing && e.pricing !== 'free' && e.kind === 'service',
).map((e) => e.id);
const MONITORS = ['cost-anomaly-detection', 'cost-explorer'];

/** Flags: No cost monitoring in the design. */
export const rule: Rule = {
  id: 'no-cost-monitoring',
  pillar: 'cost-optimization',
  bestPractice: 'COST03-BP05',
  severity: 'medium',
  title: 'No cost monitoring in the design',
  rationale:
    'Without anomaly detection or budgets, a runaway loop, a forgotten test fleet or a data-transfer surprise shows up only on the monthly bill; anomaly detection needs no thresholds to be set.',
  remediation:
    'Add Cost Anomaly Detection with an alert subscription (and AWS Budgets), and tag resources so costs can be attributed.',
  docs: wa('COST03-BP05'),
  services: [...PRICED, ...MONITORS],
  topology: true,
  check: (ctx) => {
    const count = (s: string) => ctx.index.byService.get(s)?.length ?? 0;
    if (MONITORS.some((s) => count(s) > 0) || !PRICED.some((s) => count(s) > 0)) return [];
    return [{ nodes: [], message: 'Nothing in the design watches its spending' }];
  },
};
