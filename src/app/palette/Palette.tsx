import { memo, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import {
  CATALOG_ENTRIES,
  CATEGORIES,
  searchCatalog,
  type CatalogEntry,
  type CategoryId,
} from '../../core/catalog/index.ts';
import { SERVICE_MIME } from '../canvas/Canvas.tsx';
import { useAddService } from '../canvas/useAddService.ts';
import { iconUrl } from '../icons.ts';

const ORDER = Object.keys(CATEGORIES) as CategoryId[];

function groupByCategory(entries: readonly CatalogEntry[]): [CategoryId, CatalogEntry[]][] {
  const groups = new Map<CategoryId, CatalogEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.category) ?? [];
    list.push(e);
    groups.set(e.category, list);
  }
  return ORDER.filter((c) => groups.has(c)).map((c) => [c, groups.get(c)!]);
}

const PaletteEntry = memo(function PaletteEntry({
  entry,
  onAdd,
}: {
  entry: CatalogEntry;
  onAdd: (id: string) => void;
}) {
  const icon = iconUrl(entry.icon);
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(SERVICE_MIME, entry.id);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onAdd(entry.id);
    }
  };
  return (
    <li>
      <div
        role="button"
        tabIndex={0}
        draggable
        onDragStart={onDragStart}
        onKeyDown={onKeyDown}
        onDoubleClick={() => onAdd(entry.id)}
        aria-label={entry.name}
        title={`${entry.name}: ${entry.description} (drag onto the canvas, or press Enter)`}
        className="cw-palette-entry flex cursor-grab items-center gap-2 rounded px-2 py-1 text-[13px]"
        data-service={entry.id}
      >
        {icon ? (
          <img src={icon} alt="" width={22} height={22} loading="lazy" draggable={false} />
        ) : null}
        <span className="truncate">{entry.name}</span>
      </div>
    </li>
  );
});

/** The service catalog, searchable, grouped by AWS category; drag an entry or press Enter on it. */
export function Palette() {
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<Set<CategoryId>>(() => new Set());
  const onAdd = useAddService();
  const groups = useMemo(
    () => groupByCategory(query.trim() ? searchCatalog(query) : CATALOG_ENTRIES),
    [query],
  );
  const searching = query.trim() !== '';
  const toggle = (c: CategoryId) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(c)) next.delete(c);
      else next.add(c);
      return next;
    });
  const count = groups.reduce((n, [, list]) => n + list.length, 0);
  return (
    <section aria-label="Services" className="cw-panel flex h-full flex-col">
      <div className="border-b cw-border p-2">
        <label htmlFor="palette-search" className="sr-only">
          Search services
        </label>
        <input
          id="palette-search"
          type="search"
          placeholder="Search services"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="cw-input w-full rounded px-2 py-1.5 text-sm"
          autoComplete="off"
        />
        <div className="cw-muted mt-1 text-[11px]" aria-live="polite">
          {searching ? `${count} match${count === 1 ? '' : 'es'}` : `${count} services and groups`}
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-1 py-1">
        {groups.length === 0 ? (
          <p className="cw-muted p-3 text-sm">No service matches “{query}”.</p>
        ) : null}
        {groups.map(([category, list]) => {
          const open = searching || !collapsed.has(category);
          const headingId = `palette-cat-${category}`;
          return (
            <div key={category} className="mb-1">
              <h3 className="m-0">
                <button
                  type="button"
                  id={headingId}
                  aria-expanded={open}
                  onClick={() => toggle(category)}
                  className="cw-category flex w-full items-center justify-between rounded px-2 py-1 text-left text-[11px] font-semibold tracking-wide uppercase"
                >
                  <span>{CATEGORIES[category]}</span>
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </button>
              </h3>
              {open ? (
                <ul aria-labelledby={headingId} className="m-0 list-none p-0">
                  {list.map((e) => (
                    <PaletteEntry key={e.id} entry={e} onAdd={onAdd} />
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
