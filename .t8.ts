import { toCloudFormation } from './src/core/export/cloudformation.ts';
import { validateTemplate, formatTemplateErrors } from './test-support/validate-template.ts';
import { restoreDesign } from './src/core/model/restore.ts';
import { wiredDesign, everyServiceDesign } from './src/core/export/__fixtures__/designs.ts';
import { serialize } from './src/core/export/serialize.ts';
for (const d of [wiredDesign(), everyServiceDesign()]) {
  const rr = restoreDesign(d); if (!rr.ok) console.log(rr.errors);
  const r = toCloudFormation(d);
  for (const s of r.stacks) { console.log(s.region, Object.keys(s.template.Resources).length, formatTemplateErrors(validateTemplate(s.template))); }
  if (process.argv[2] && d.name === 'Wired shop') { for (const s of r.stacks) console.log(serialize(s.template, 'yaml')); console.log(r.manualSteps); }
}
