import fc from 'fast-check';
import { toCloudFormation } from './src/core/export/cloudformation.ts';
import { validateTemplate, formatTemplateErrors } from './test-support/validate-template.ts';
import { arbitraryDesign } from './test-support/arbitraries.ts';
import { restoreDesign } from './src/core/model/restore.ts';
const counts = new Map<string, number>();
let n = 0, bad = 0;
fc.assert(fc.property(arbitraryDesign, (d) => {
  n++;
  const rr = restoreDesign(d); if (!rr.ok) { console.log('invalid design', rr.errors[0]); return true; }
  let r;
  try { r = toCloudFormation(d); } catch (e) { console.log('THROW', (e as Error).stack); bad++; return true; }
  for (const s of r.stacks) for (const e of validateTemplate(s.template)) { const k = e.path.replace(/^Resources\.[A-Za-z0-9]+/, 'R').replace(/\[\d+\]/g,'[]') + ': ' + e.message.replace(/[A-Z][A-Za-z0-9]+(?=[ .]|$)/g, 'X'); counts.set(k, (counts.get(k) ?? 0) + 1); }
  return true;
}), { numRuns: Number(process.argv[2] ?? 300), seed: Number(process.argv[3] ?? 1) });
console.log(n, bad);
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v, k);
