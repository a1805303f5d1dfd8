import { PRICED_REGIONS } from '../src/core/catalog/tables.ts';
import { compareRegions, estimate } from '../src/core/estimate/index.ts';
import { largeDesign } from './fixtures.ts';
import { report, stats, time } from './harness.ts';

// Budget (issue 5): 1,000 nodes in 16 Regions in 30 ms or less. Reports figures; never fails.
const design = largeDesign(1000);
const regions = [...PRICED_REGIONS];
const check = compareRegions(design, regions);
const lines = check.regions.reduce((n, r) => n + r.lines.length, 0);
const compare = time(() => compareRegions(design, regions), 30, 5);
const single = time(() => estimate(design), 30, 5);
report('estimate-1000x16', {
  nodes: design.nodes.length,
  regions: regions.length,
  linesPerComparison: lines,
  compareRegions: stats(compare),
  estimateAsDrawn: stats(single),
  budgetMs: 30,
});
