import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { getEntry } from '../../core/catalog/index.ts';
import type { DesignDocument } from '../../core/model/types.ts';
import { Modal } from '../shell/Modal.tsx';
import { Thumbnail } from './Thumbnail.tsx';

const loadGallery = () => import('../../core/gallery/index.ts');

/** Reference architectures from our source documents: search, filter, open one as a new design. */
export function Gallery({
  onOpen,
  onClose,
  firstStart,
}: {
  onOpen: (design: DesignDocument) => void;
  onClose: () => void;
  firstStart?: boolean;
}) {
  const gallery = useQuery({ queryKey: ['gallery'], queryFn: loadGallery });
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [service, setService] = useState('');
  const all = useMemo(() => gallery.data?.listTemplates() ?? [], [gallery.data]);
  const categories = useMemo(() => [...new Set(all.map((t) => t.tags.category))].sort(), [all]);
  const services = useMemo(
    () =>
      [...new Set(all.flatMap((t) => gallery.data!.servicesOf(t)))].sort((a, b) =>
        (getEntry(a)?.name ?? a).localeCompare(getEntry(b)?.name ?? b),
      ),
    [all, gallery.data],
  );
  const shown = gallery.data
    ? gallery.data.searchTemplates(query, {
        category: (category || undefined) as never,
        service: service || undefined,
      })
    : [];
  return (
    <Modal
      title={
        firstStart
          ? 'Welcome to Cloudwright: start from a reference architecture'
          : 'New from template'
      }
      onClose={onClose}
      wide
    >
      <div className="mb-3 flex flex-wrap items-end gap-2">
        <label className="flex-1 text-xs">
          <span className="mb-0.5 block font-medium">Search templates</span>
          <input
            type="search"
            className="cw-input w-full rounded px-2 py-1 text-sm"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. Kinesis, multi-Region, Outposts"
          />
        </label>
        <label className="text-xs">
          <span className="mb-0.5 block font-medium">Category</span>
          <select
            className="cw-input rounded px-2 py-1 text-sm"
            value={category}
            onChange={(e) => setCategory(e.target.value)}
          >
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs">
          <span className="mb-0.5 block font-medium">Uses service</span>
          <select
            className="cw-input w-44 rounded px-2 py-1 text-sm"
            value={service}
            onChange={(e) => setService(e.target.value)}
          >
            <option value="">Any service</option>
            {services.map((s) => (
              <option key={s} value={s}>
                {getEntry(s)?.name ?? s}
              </option>
            ))}
          </select>
        </label>
        {firstStart ? (
          <button type="button" className="cw-button" onClick={onClose}>
            Continue with the example
          </button>
        ) : null}
      </div>
      {gallery.isLoading ? <p className="text-sm">Loading templates…</p> : null}
      <p className="cw-muted mb-2 text-xs" aria-live="polite">
        {shown.length} of {all.length} templates
      </p>
      <ul className="m-0 grid list-none grid-cols-2 gap-3 p-0" aria-label="Templates">
        {shown.map((t) => (
          <li key={t.id} className="cw-card flex flex-col rounded-md border cw-border">
            <Thumbnail design={t.design} />
            <div className="flex flex-1 flex-col gap-1 p-2">
              <h3 className="m-0 text-[13px] font-semibold">{t.title}</h3>
              <p className="cw-muted m-0 line-clamp-3 text-[11px]">{t.summary}</p>
              <p className="m-0 text-[10px]">
                <span className="cw-tag">{t.tags.category}</span>
                {t.tags.patterns.slice(0, 3).map((p) => (
                  <span key={p} className="cw-tag">
                    {p}
                  </span>
                ))}
              </p>
              <div className="mt-auto flex items-center justify-between pt-1">
                <span className="cw-muted text-[10px]">
                  {t.design.nodes.length} nodes · source: {t.source.title}
                </span>
                <button
                  type="button"
                  className="cw-button cw-button-primary px-2 py-0.5 text-xs"
                  onClick={() => onOpen(gallery.data!.instantiate(t))}
                  aria-label={`Open ${t.title}`}
                >
                  Open
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
