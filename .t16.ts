import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { CFN_TAGS, serialize } from './src/core/export/serialize.ts';
import { isDeepStrictEqual } from 'node:util';
let bad = 0;
fc.assert(fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ stringUnit: 'binary' } as never)), (raw) => {
  const value = JSON.parse(JSON.stringify(raw));
  const back = parseDocument(serialize(value, 'yaml'), { customTags: CFN_TAGS }).toJS();
  if (!isDeepStrictEqual(back, value)) { if (bad++ < 3) console.log(JSON.stringify(value).slice(0, 300), '\n', serialize(value, 'yaml').slice(0, 300)); }
  return true;
}), { numRuns: 5000, seed: 7 });
console.log('bad', bad);
