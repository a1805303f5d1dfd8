/**
 * The reference-architecture gallery: templates drawn from public reference architectures, each
 * a complete design. Pure data and lookups; no DOM. The template list is generated into
 * `catalog/templates/index.ts` by `npx tsx scripts/build-gallery-index.ts`.
 */
import { TEMPLATES } from '../../../catalog/templates/index.ts';
import { getEntry } from '../catalog/index.ts';
import type { DesignDocument } from '../model/types.ts';
import type { Template, TemplateCategory } from './types.ts';

export * from './types.ts';
export { formatTemplate } from './format.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Every template, sorted by id; frozen, so that no caller can change the gallery for the others. */
const ALL: readonly Template[] = deepFreeze(
  [...(TEMPLATES as unknown as Template[])].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  ),
);
const BY_ID = new Map<string, Template>(ALL.map((t) => [t.id, t]));

/** Every template, sorted by id. */
export function listTemplates(): readonly Template[] {
  return ALL;
}

/** The template with this id, or undefined. */
export function getTemplate(id: string): Template | undefined {
  return BY_ID.get(id);
}

export interface TemplateFilter {
  category?: TemplateCategory;
  /** A catalog service id the template must use. */
  service?: string;
}

/** Lower-case text a query is matched against, by weight: title, tags and service names, summary. */
interface Haystack {
  title: string;
  tags: string;
  summary: string;
}

const HAYSTACKS = new Map<string, Haystack>(
  ALL.map((t) => {
    const names = t.tags.services.map((s) => `${s} ${getEntry(s)?.name ?? ''}`);
    return [
      t.id,
      {
        title: `${t.id} ${t.title}`.toLowerCase(),
        tags: [t.tags.category, ...t.tags.patterns, ...names].join(' ').toLowerCase(),
        summary: t.summary.toLowerCase(),
      },
    ];
  }),
);

/** Plain network groups every template has; a filter by them would not narrow anything. */
const PLAIN_GROUPS = new Set([
  'aws-cloud',
  'region',
  'availability-zone',
  'vpc',
  'public-subnet',
  'private-subnet',
  'security-group',
]);

/** Catalog ids a template uses that a filter can pick: its services plus notable groups (Outposts, Auto Scaling, on-premises). */
export function servicesOf(t: Template): string[] {
  return [
    ...new Set([
      ...t.tags.services,
      ...t.design.nodes.map((n) => n.service).filter((s) => !PLAIN_GROUPS.has(s)),
    ]),
  ].sort();
}

/**
 * Templates matching every word of `query` (in the title, summary, tags or the names of the
 * services used) and the filters. Best first: a word found in the title counts most, then in the
 * tags and service names, then in the summary; ties by id. An empty query lists every template
 * that passes the filters.
 */
export function searchTemplates(query: string, filter: TemplateFilter = {}): Template[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const scored: { t: Template; score: number }[] = [];
  for (const t of ALL) {
    if (filter.category !== undefined && t.tags.category !== filter.category) continue;
    if (filter.service !== undefined && !servicesOf(t).includes(filter.service)) continue;
    const hay = HAYSTACKS.get(t.id)!;
    let score = 0;
    let all = true;
    for (const w of words) {
      const s = hay.title.includes(w)
        ? 3
        : hay.tags.includes(w)
          ? 2
          : hay.summary.includes(w)
            ? 1
            : 0;
      if (s === 0) {
        all = false;
        break;
      }
      score += s;
    }
    if (all) scored.push({ t, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || (a.t.id < b.t.id ? -1 : a.t.id > b.t.id ? 1 : 0))
    .map((x) => x.t);
}

/** A fresh, unfrozen deep copy of the template's design, for the user to edit. */
export function instantiate(template: Template): DesignDocument {
  return structuredClone(template.design) as DesignDocument;
}
