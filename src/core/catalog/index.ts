import { CATALOG_ENTRIES } from './data.ts';
import { CATEGORIES, ROOT, type CatalogEntry, type ConnectionRule, type EdgeMeaning } from './types.ts';

export * from './types.ts';
export { CATALOG_ENTRIES } from './data.ts';

/** A yes, or a no with a reason a user can act on. */
export type Verdict = { ok: true } | { ok: false; reason: string };
export type ConnectVerdict = { ok: true; meaning: EdgeMeaning; label: string } | { ok: false; reason: string };

const byId = new Map<string, CatalogEntry>(CATALOG_ENTRIES.map((e) => [e.id, e]));

/** The entry with this id, or undefined. */
export function getEntry(id: string): CatalogEntry | undefined {
  return byId.get(id);
}

export function isContainer(id: string): boolean {
  return byId.get(id)?.kind === 'container';
}

function nameOf(id: string | null): string {
  if (id === null || id === ROOT) return 'the top level';
  return byId.get(id)?.name ?? id;
}

/**
 * Whether a node of service `child` may sit directly in a container of service `parent`
 * (null: at the top level). `ancestors` are the services of the parent's own ancestors, nearest
 * first, for entries that need one somewhere above them (a subnet needs a VPC).
 */
export function canPlace(child: string, parent: string | null, ancestors: readonly string[] = []): Verdict {
  const entry = byId.get(child);
  if (!entry) return { ok: false, reason: `Unknown service "${child}".` };
  const slot = parent ?? ROOT;
  if (parent !== null) {
    const p = byId.get(parent);
    if (!p) return { ok: false, reason: `Unknown container "${parent}".` };
    if (p.kind !== 'container') return { ok: false, reason: `${p.name} is not a container.` };
  }
  if (!entry.placement.parents.includes(slot)) {
    const allowed = entry.placement.parents.map(nameOf).join(', ');
    return { ok: false, reason: `${entry.name} cannot be placed in ${nameOf(parent)}; it belongs in: ${allowed}.` };
  }
  const needs = entry.placement.requiresAncestor;
  if (needs && needs.length > 0) {
    const chain = parent === null ? ancestors : [parent, ...ancestors];
    if (!chain.some((a) => needs.includes(a))) {
      return { ok: false, reason: `${entry.name} must be inside ${needs.map(nameOf).join(' or ')}.` };
    }
  }
  return { ok: true };
}

function ruleMatches(rule: ConnectionRule, target: CatalogEntry): boolean {
  return rule.to.some(
    (t) =>
      t === target.id ||
      (t === '*' && target.kind !== 'container') ||
      (t.startsWith('category:') && t.slice(9) === target.category),
  );
}

const connectCache = new Map<string, ConnectionRule | null>();

/** The catalog's rule for an edge from `from` to `to`, or null. */
export function connectionRule(from: string, to: string): ConnectionRule | null {
  const key = `${from}\u0000${to}`;
  const cached = connectCache.get(key);
  if (cached !== undefined) return cached;
  const source = byId.get(from);
  const target = byId.get(to);
  let found: ConnectionRule | null = null;
  if (source && target && target.kind !== 'container' && source.kind !== 'container') {
    found = source.connections.find((r) => ruleMatches(r, target)) ?? null;
  }
  connectCache.set(key, found);
  return found;
}

/** Whether an edge may go from a `from` node to a `to` node, with its meaning and default label. */
export function canConnect(from: string, to: string): ConnectVerdict {
  const source = byId.get(from);
  const target = byId.get(to);
  if (!source) return { ok: false, reason: `Unknown service "${from}".` };
  if (!target) return { ok: false, reason: `Unknown service "${to}".` };
  if (source.kind === 'container' || target.kind === 'container') {
    return { ok: false, reason: 'Containers are not connected by edges; place services inside them instead.' };
  }
  const rule = connectionRule(from, to);
  if (!rule) return { ok: false, reason: `${source.name} has no integration with ${target.name}.` };
  return { ok: true, meaning: rule.meaning, label: rule.label ?? rule.meaning };
}

function normalise(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();
}

const haystacks = CATALOG_ENTRIES.map((e) => ({
  entry: e,
  name: normalise(e.name),
  aliases: e.aliases.map(normalise),
  category: normalise(CATEGORIES[e.category]),
  id: e.id,
}));

/**
 * Entries matching a free-text query on name, alias, category or id, best first: name prefix,
 * then name words, then aliases, then category. Every word of the query must match somewhere.
 */
export function searchCatalog(query: string): CatalogEntry[] {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...CATALOG_ENTRIES];
  const scored: { entry: CatalogEntry; score: number }[] = [];
  for (const h of haystacks) {
    let score = 0;
    let all = true;
    for (const w of words) {
      const nameWords = h.name.split(' ');
      if (h.name.startsWith(w)) score += 10;
      else if (nameWords.some((n) => n.startsWith(w))) score += 6;
      else if (h.aliases.some((a) => a.split(' ').some((n) => n.startsWith(w)) || a === w)) score += 4;
      else if (h.id.includes(w)) score += 3;
      else if (h.category.split(' ').some((n) => n.startsWith(w))) score += 2;
      else if (h.name.includes(w) || h.aliases.some((a) => a.includes(w))) score += 1;
      else all = false;
    }
    if (all) scored.push({ entry: h.entry, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name)).map((s) => s.entry);
}
