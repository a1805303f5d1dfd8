import { toCloudFormation } from './src/core/export/cloudformation.ts';
import { validateTemplate, formatTemplateErrors } from './test-support/validate-template.ts';
import { CATALOG_ENTRIES, canPlace } from './src/core/catalog/index.ts';
import { restoreDesign } from './src/core/model/restore.ts';
import { network } from './test-support/design.ts';
const net = network({ zones: 2 });
const nodes = [...net.nodes];
for (const e of CATALOG_ENTRIES) {
  if (e.kind === 'container' && !['security-group','auto-scaling-group'].includes(e.id)) continue;
  const tries: [string|undefined, string, string[]][] = [['region','region',[]], [net.zones[0].private,'private-subnet',['availability-zone','vpc','region']], [net.zones[0].public,'public-subnet',['availability-zone','vpc','region']], ['vpc','vpc',['region']], [undefined,'root',[]]];
  for (const [parent, svc, anc] of tries) {
    if (canPlace(e.id, svc === 'root' ? null : svc, anc).ok) { nodes.push({ id: `n-${e.id}`, service: e.id, parent, label: e.name }); break; }
  }
}
const d = { format: 'cloudwright', version: 1, name: 'All', defaultRegion: 'us-east-1', nodes, edges: [] };
const rr = restoreDesign(d);
if (!rr.ok) console.log(rr.errors.slice(0,5));
const r = toCloudFormation(d as never);
const only = process.argv[2];
for (const s of r.stacks) {
  const errs = validateTemplate(s.template);
  console.log(s.region, errs.length);
  console.log(formatTemplateErrors(errs.filter(e => !only || e.path.includes(only))));
}
for (const m of r.manualSteps) console.log('MS', m.node, '|', m.reason);
