import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { CFN_TAGS, serialize } from './src/core/export/serialize.ts';
import { isDeepStrictEqual } from 'node:util';
try {
fc.assert(fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ stringUnit: 'binary' } as never)), (raw) => {
  const value = JSON.parse(JSON.stringify(raw));
  const back = parseDocument(serialize(value, 'yaml'), { customTags: CFN_TAGS }).toJS();
  return isDeepStrictEqual(back, value);
}), { numRuns: 5000, seed: 4 });
} catch (e) { const m = /Counterexample: (.*)/.exec(String(e)); console.log(m?.[1]); const v = JSON.parse(JSON.parse(m![1])?.[0] ? m![1] : m![1])[0]; console.log(JSON.stringify(serialize(v, 'yaml'))); console.log(JSON.stringify(parseDocument(serialize(v, 'yaml')).toJS())); }
