import { restoreDesign } from '../src/core/model/restore.ts';
import { largeDesign } from './fixtures.ts';
import { report, stats, time } from './harness.ts';

// Budget (issue 2): restore of a 5,000-node design in 100 ms or less on a 2-core machine.
const design = largeDesign(5000);
const text = JSON.stringify(design);
const check = restoreDesign(text);
if (!check.ok) throw new Error(`fixture is not valid: ${check.errors[0].message}`);
const samples = time(() => restoreDesign(text), 20, 5);
report('restore-5000', {
  nodes: design.nodes.length,
  edges: design.edges.length,
  inputBytes: text.length,
  ...stats(samples),
  budgetMs: 100,
});
