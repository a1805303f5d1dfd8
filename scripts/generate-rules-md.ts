/** Writes RULES.md at the repository root from the rule registry: `npx tsx scripts/generate-rules-md.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesMarkdown } from '../src/core/review/rules-md.ts';

const target = fileURLToPath(new URL('../RULES.md', import.meta.url));
writeFileSync(target, rulesMarkdown());
console.log(`wrote ${target}`);
