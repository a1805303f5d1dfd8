import { CATALOG_ENTRIES, CATEGORIES } from '../../core/catalog/index.ts';
import type { Output } from '../io.ts';

/** The catalog as the CLI's JSON contract describes it. */
export function catalogJson() {
  return CATALOG_ENTRIES.map((e) => ({
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    category: e.category,
    container: e.kind === 'container',
    cfnTypes: e.cfn.map((c) => c.type),
    properties: e.properties.map((p) => ({
      key: p.key,
      type: p.type,
      default: p.default ?? null,
      cfn: p.cfn ?? null,
    })),
    usage: e.usage.map((u) => ({ key: u.key, unit: u.unit, default: u.default })),
  }));
}

/** `cloudwright catalog [--json]`. */
export function catalog(json: boolean, io: Output): number {
  if (json) {
    io.out(JSON.stringify(catalogJson(), null, 2));
    return 0;
  }
  const rows = CATALOG_ENTRIES.map((e) => [
    e.id,
    e.name,
    CATEGORIES[e.category],
    e.cfn.map((c) => c.type).join(', ') || '(not exportable)',
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) io.out(r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  '));
  io.out(`${rows.length} entries`);
  return 0;
}
