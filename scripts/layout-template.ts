/**
 * Lays out the design of one or more gallery templates with ELK and writes each file back.
 *
 *   npx tsx scripts/layout-template.ts catalog/templates/<id>.json [more.json ...]
 *
 * Positions and container sizes are replaced; everything else is kept. The output is
 * deterministic (see `formatTemplate`), so running it twice changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatTemplate } from '../src/core/gallery/format.ts';
import type { Template } from '../src/core/gallery/types.ts';
import { layoutDesign } from '../src/core/layout/elk-node.ts';
import { layoutProblems } from '../src/core/layout/problems.ts';
import { formatErrors, restoreDesign } from '../src/core/model/restore.ts';

async function layoutFile(file: string): Promise<boolean> {
  let template: Template;
  try {
    template = JSON.parse(readFileSync(file, 'utf8')) as Template;
  } catch (err) {
    console.error(
      `${file}: cannot read the template: ${err instanceof Error ? err.message : String(err)}`,
    );
    return false;
  }
  const restored = restoreDesign(template.design);
  if (!restored.ok) {
    console.error(`${file}: the design is not valid:\n${formatErrors(restored.errors)}`);
    return false;
  }
  const laidOut = await layoutDesign(template.design);
  writeFileSync(file, formatTemplate({ ...template, design: laidOut }));
  const problems = layoutProblems(laidOut);
  if (problems.length > 0) {
    console.error(`${file}: laid out, but the layout has problems:\n  ${problems.join('\n  ')}`);
    return false;
  }
  console.log(`${file}: laid out ${laidOut.nodes.length} nodes`);
  return true;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/layout-template.ts FILE.json [FILE.json ...]');
  process.exitCode = 2;
} else {
  let ok = true;
  for (const file of files) ok = (await layoutFile(file)) && ok;
  if (!ok) process.exitCode = 1;
}
