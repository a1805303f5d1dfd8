/**
 * Logical ids from labels. CloudFormation wants alphanumeric ids, unique in the template; users
 * want them readable and stable, so that renaming one node does not rename the others and an
 * export, import, export round trip gives the same ids again.
 */

/** Longest base id; suffixes (`Role`, `RouteTable`) and de-duplication stay well under 255. */
const MAX_BASE = 64;

/**
 * `"Orders handler (v2)"` -> `"OrdersHandlerV2"`. Letters keep their case after the first of each
 * word, so an id that is already PascalCase comes back unchanged. Accents are folded and other
 * characters dropped; an id must start with a letter, so a leading digit gets an `N` before it.
 */
export function pascalCase(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let id = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  if (/^[0-9]/.test(id)) id = `N${id}`;
  return id.slice(0, MAX_BASE);
}

/** `"OrdersHandler"` -> `"Orders Handler"`, `"DynamoDBTable"` -> `"Dynamo DB Table"`; `pascalCase` undoes it. */
export function humanize(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim();
}

/**
 * Hands out unique logical ids. Names are claimed in a fixed order by the exporter, so the same
 * design always gets the same ids; a clash takes the node id as a suffix, then a counter.
 */
export class LogicalIds {
  private readonly taken = new Set<string>();

  /** Reserves names (parameters, conditions) that resources must not take. */
  reserve(names: Iterable<string>): void {
    for (const n of names) this.taken.add(n.toLowerCase());
  }

  has(id: string): boolean {
    return this.taken.has(id.toLowerCase());
  }

  /**
   * A free id starting with `base` (`fallback` when `base` is empty). `tiebreak` (e.g. the node id)
   * is tried before a counter so that clashes resolve the same way whatever the node order.
   */
  claim(base: string, fallback: string, tiebreak?: string): string {
    const start = pascalCase(base) || pascalCase(fallback) || 'Resource';
    const candidates = [start];
    if (tiebreak) candidates.push(`${start}${pascalCase(tiebreak)}`);
    for (const c of candidates) {
      // Ids differing only in case are refused: CloudFormation accepts them, but several tools
      // (and case-insensitive file systems, for nested stacks) do not.
      if (!this.has(c)) {
        this.taken.add(c.toLowerCase());
        return c;
      }
    }
    const last = candidates[candidates.length - 1];
    for (let i = 2; ; i += 1) {
      const c = `${last}${i}`;
      if (!this.has(c)) {
        this.taken.add(c.toLowerCase());
        return c;
      }
    }
  }
}
