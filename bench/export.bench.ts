import { toCloudFormation } from '../src/core/export/cloudformation.ts';
import { serialize } from '../src/core/export/serialize.ts';
import { fromCloudFormation } from '../src/core/import/cloudformation.ts';
import type { DesignDocument } from '../src/core/model/types.ts';
import { largeDesign } from './fixtures.ts';
import { report, stats, time } from './harness.ts';

// Budgets (issue 6): export of a 1,000-node design to YAML in 100 ms or less; import of a
// 1,000-resource template in 200 ms or less.
const design = largeDesign(1000);
const first = toCloudFormation(design);
const resources = first.stacks.reduce((n, s) => n + Object.keys(s.template.Resources).length, 0);
const exportSamples = time(
  () => {
    for (const s of toCloudFormation(design).stacks) serialize(s.template, 'yaml');
  },
  10,
  3,
);
report('export-1000', {
  nodes: design.nodes.length,
  edges: design.edges.length,
  stacks: first.stacks.length,
  resources,
  yamlBytes: first.stacks.reduce((n, s) => n + serialize(s.template, 'yaml').length, 0),
  ...stats(exportSamples),
  budgetMs: 100,
});

/** A one-Region design whose template has about `target` resources, as YAML and as JSON. */
function singleRegion(target: number): { text: string; json: string; resources: number } {
  let nodes = 100;
  for (;;) {
    const d: DesignDocument = largeDesign(nodes);
    for (const n of d.nodes) if (n.service === 'region') n.props = { region: 'us-east-1' };
    const t = toCloudFormation(d).stacks[0].template;
    const count = Object.keys(t.Resources).length;
    if (count >= target)
      return { text: serialize(t, 'yaml'), json: serialize(t, 'json'), resources: count };
    nodes = Math.ceil((nodes * target) / count) + 5;
  }
}

const { text, json, resources: count } = singleRegion(1000);
const check = fromCloudFormation(text);
if (!check.ok) throw new Error(`fixture does not import: ${check.errors[0].message}`);
// The same template in both formats: YAML parsing (the yaml package) dominates the YAML figure.
for (const [name, input] of [
  ['import-1000-yaml', text],
  ['import-1000-json', json],
] as const) {
  const samples = time(() => fromCloudFormation(input), 10, 3);
  report(name, {
    resources: count,
    inputBytes: input.length,
    nodes: check.value.nodes.length,
    edges: check.value.edges.length,
    ...stats(samples),
    budgetMs: 200,
  });
}
