import { toCloudFormation } from './src/core/export/cloudformation.ts';
import { serialize } from './src/core/export/serialize.ts';
import { largeDesign } from './bench/fixtures.ts';
const d = largeDesign(1000);
for (let i = 0; i < 3; i++) toCloudFormation(d);
let t0 = performance.now(); const r = toCloudFormation(d); console.log('export', performance.now() - t0);
t0 = performance.now(); for (const s of r.stacks) serialize(s.template, 'yaml'); console.log('yaml', performance.now() - t0);
t0 = performance.now(); for (const s of r.stacks) serialize(s.template, 'json'); console.log('json', performance.now() - t0);
