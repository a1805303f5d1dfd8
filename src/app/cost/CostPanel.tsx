import { Fragment, useMemo, useState } from 'react';
import { CATEGORIES, getEntry, type CategoryId } from '../../core/catalog/index.ts';
import { regionInfo } from '../../core/catalog/tables.ts';
import { estimate, toCsv, type EstimateLine } from '../../core/estimate/index.ts';
import { updateUsage } from '../../core/model/ops.ts';
import { UsageField } from '../inspector/fields.tsx';
import { download, fileNameFor } from '../shell/files.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { kg, money, plain } from './format.ts';
import { RegionCompare } from './RegionCompare.tsx';

type GroupBy = 'node' | 'service' | 'category';

interface Row {
  key: string;
  name: string;
  detail: string;
  monthlyUsd: number | null;
  kgCo2eMonth: number | null;
  lines: EstimateLine[];
}

function sumOrNull(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

function group(lines: EstimateLine[], by: GroupBy): Row[] {
  if (by === 'node') {
    return lines.map((l) => ({
      key: `${l.region}:${l.node}`,
      name: l.label,
      detail: `${getEntry(l.service)?.name ?? l.service} · ${l.region}`,
      monthlyUsd: l.monthlyUsd,
      kgCo2eMonth: l.kgCo2eMonth,
      lines: [l],
    }));
  }
  const groups = new Map<string, EstimateLine[]>();
  for (const l of lines) {
    const k = by === 'service' ? l.service : l.category;
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  return [...groups].map(([k, ls]) => ({
    key: k,
    name: by === 'service' ? (getEntry(k)?.name ?? k) : (CATEGORIES[k as CategoryId] ?? k),
    detail: `${ls.length} node${ls.length === 1 ? '' : 's'}`,
    monthlyUsd: sumOrNull(ls.map((l) => l.monthlyUsd)),
    kgCo2eMonth: sumOrNull(ls.map((l) => l.kgCo2eMonth)),
    lines: ls,
  }));
}

function LineDetail({ line }: { line: EstimateLine }) {
  const store = useEditorStore();
  const node = useEditor((s) => s.design.nodes.find((n) => n.id === line.node));
  const entry = node ? getEntry(node.service) : undefined;
  return (
    <div className="grid grid-cols-[1fr_260px] gap-4 px-3 py-2 text-xs">
      <div>
        <table className="w-full">
          <caption className="sr-only">Priced items of {line.label}</caption>
          <thead>
            <tr className="cw-muted text-left">
              <th className="font-medium">Item</th>
              <th className="text-right font-medium">Quantity</th>
              <th className="text-right font-medium">Unit price</th>
              <th className="text-right font-medium">Monthly</th>
            </tr>
          </thead>
          <tbody>
            {line.items.map((i) => (
              <tr key={i.item}>
                <td className="font-mono text-[11px]">{i.item}</td>
                <td className="text-right">
                  {plain(i.quantity)} {i.unit}
                </td>
                <td className="text-right">
                  {i.unitPrice === null ? 'unknown' : `$${i.unitPrice}`}
                </td>
                <td className="text-right">{money(i.usd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {line.assumptions.length > 0 ? (
          <ul className="cw-muted mt-1 list-disc pl-4">
            {line.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div>
        {entry && node && entry.usage.length > 0 ? (
          <div className="cw-section mb-1">Assumptions (edit in place)</div>
        ) : null}
        {entry && node
          ? entry.usage.map((u) => (
              <UsageField
                key={u.key}
                spec={u}
                value={node.usage?.[u.key]}
                onCommit={(v) =>
                  store.getState().apply((d) => updateUsage(d, node.id, { [u.key]: v }))
                }
              />
            ))
          : null}
      </div>
    </div>
  );
}

function EstimateView() {
  const design = useEditor((s) => s.design);
  const result = useMemo(() => estimate(design), [design]);
  const [by, setBy] = useState<GroupBy>('node');
  const [open, setOpen] = useState<string | null>(null);
  const lines = result.regions.flatMap((r) => r.lines);
  const monthly = result.regions.reduce((a, r) => a + r.monthlyUsd, 0);
  const carbon = result.regions.reduce((a, r) => a + r.kgCo2eMonth, 0);
  const kwh = result.regions.reduce((a, r) => a + r.kwhMonth, 0);
  const unknown = [...new Set(result.regions.flatMap((r) => r.unknown))];
  const unavailable = [...new Set(result.regions.flatMap((r) => r.unavailable))];
  const rows = group(lines, by).sort((a, b) => (b.monthlyUsd ?? -1) - (a.monthlyUsd ?? -1));
  const labelOf = (id: string) => design.nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex flex-wrap items-center gap-4 border-b cw-border px-3 py-2">
        <dl className="m-0 flex gap-5">
          <div>
            <dt className="cw-muted text-[11px]">Monthly</dt>
            <dd className="m-0 text-base font-semibold" data-testid="total-monthly">
              {money(monthly)}
            </dd>
          </div>
          <div>
            <dt className="cw-muted text-[11px]">Yearly</dt>
            <dd className="m-0 text-base font-semibold">{money(monthly * 12)}</dd>
          </div>
          <div>
            <dt className="cw-muted text-[11px]">Carbon a month</dt>
            <dd className="m-0 text-base font-semibold">{kg(carbon)} CO2e</dd>
          </div>
          <div>
            <dt className="cw-muted text-[11px]">Energy a month</dt>
            <dd className="m-0 text-base font-semibold">{plain(kwh)} kWh</dd>
          </div>
        </dl>
        <div className="cw-muted max-w-md text-[11px]">
          {result.regions
            .map((r) => `${r.region} (${regionInfo(r.region)?.name ?? ''})`)
            .join(', ')}
          . Totals leave out {unknown.length} unknown and {unavailable.length} unavailable line
          {unknown.length + unavailable.length === 1 ? '' : 's'}, never counted as $0.
        </div>
        <div className="flex-1" />
        <label className="text-xs">
          <span className="mr-1">Group by</span>
          <select
            className="cw-input rounded px-1 py-0.5 text-xs"
            value={by}
            onChange={(e) => setBy(e.target.value as GroupBy)}
          >
            <option value="node">Node</option>
            <option value="service">Service</option>
            <option value="category">Category</option>
          </select>
        </label>
        <button
          type="button"
          className="cw-button px-2 py-0.5 text-xs"
          onClick={() =>
            download(
              fileNameFor(design).replace('.cloudwright.json', '-estimate.csv'),
              toCsv(result),
              'text/csv',
            )
          }
        >
          Download CSV
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <table className="w-full text-[13px]">
          <caption className="sr-only">Monthly cost and carbon by {by}</caption>
          <thead className="cw-panel sticky top-0">
            <tr className="cw-muted border-b cw-border text-left text-[11px]">
              <th className="px-3 py-1 font-medium">
                {by === 'node' ? 'Node' : by === 'service' ? 'Service' : 'Category'}
              </th>
              <th className="px-3 py-1 font-medium" />
              <th className="px-3 py-1 text-right font-medium">USD a month</th>
              <th className="px-3 py-1 text-right font-medium">USD a year</th>
              <th className="px-3 py-1 text-right font-medium">kg CO2e a month</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <Fragment key={row.key}>
                <tr className="border-b cw-border">
                  <td className="px-3 py-1">
                    {by === 'node' ? (
                      <button
                        type="button"
                        className="cw-link text-left"
                        aria-expanded={open === row.key}
                        onClick={() => setOpen(open === row.key ? null : row.key)}
                      >
                        {row.name}
                      </button>
                    ) : (
                      row.name
                    )}
                  </td>
                  <td className="cw-muted px-3 py-1 text-xs">
                    {row.detail}
                    {row.lines.some((l) => l.unavailable) ? ' · not offered here' : ''}
                  </td>
                  <td className="px-3 py-1 text-right tabular-nums">{money(row.monthlyUsd)}</td>
                  <td className="px-3 py-1 text-right tabular-nums">
                    {money(row.monthlyUsd === null ? null : row.monthlyUsd * 12)}
                  </td>
                  <td className="px-3 py-1 text-right tabular-nums">{kg(row.kgCo2eMonth)}</td>
                </tr>
                {open === row.key && by === 'node' ? (
                  <tr className="border-b cw-border">
                    <td colSpan={5}>
                      <LineDetail line={row.lines[0]} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
        {unknown.length > 0 ? (
          <p className="cw-muted px-3 py-2 text-xs">
            Left out of the totals because the data has no price or carbon figure for them:{' '}
            {unknown.map(labelOf).join(', ')}.
          </p>
        ) : null}
        <ul className="cw-muted list-disc px-8 py-2 text-[11px]">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Cost and carbon of the design, and the same design in every Region side by side. */
export function CostPanel() {
  const [view, setView] = useState<'estimate' | 'compare'>('estimate');
  return (
    <section aria-label="Cost and carbon" className="flex h-full min-h-0 flex-col">
      <div
        className="flex gap-1 border-b cw-border px-3 pt-1.5"
        role="tablist"
        aria-label="Cost views"
      >
        {(['estimate', 'compare'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            className={`cw-subtab ${view === v ? 'cw-subtab-active' : ''}`}
            onClick={() => setView(v)}
          >
            {v === 'estimate' ? 'This design' : 'Compare Regions'}
          </button>
        ))}
      </div>
      <div className="min-h-0 flex-1">
        {view === 'estimate' ? <EstimateView /> : <RegionCompare />}
      </div>
    </section>
  );
}
