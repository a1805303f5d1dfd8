import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { CFN_TAGS } from './src/core/export/serialize.ts';
import { validateTemplate } from './test-support/validate-template.ts';
const root = '/work/shared/data/cfn-corpus';
function walk(d: string): string[] { return readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : [p]; }); }
for (const f of walk(root).filter((f) => /\.(ya?ml|json)$/.test(f))) {
  const doc = parseDocument(readFileSync(f, 'utf8'), { customTags: CFN_TAGS });
  const v = doc.toJS({ maxAliasCount: 100 });
  const templates = Array.isArray(v) ? v.map((c: any) => c.input) : [v];
  const res = templates.map((t: any) => { const e = validateTemplate(t); return e.length; });
  console.log(f.replace(root, ''), doc.errors.length, doc.warnings.length, JSON.stringify(res));
}
