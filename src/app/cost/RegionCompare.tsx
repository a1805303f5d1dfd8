import { useMemo, useState } from 'react';
import { regionInfo } from '../../core/catalog/tables.ts';
import { compareRegions, paretoRegions } from '../../core/estimate/index.ts';
import { moveToRegion } from '../../core/model/design-ops.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { kg, money } from './format.ts';
import { RegionChart } from './RegionChart.tsx';

type SortKey = 'region' | 'cost' | 'carbon' | 'missing';

/** The design (or one Region container) in all 16 priced Regions: sortable table, chart, one-click move. */
export function RegionCompare() {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const regionNodes = design.nodes.filter((n) => n.service === 'region');
  const [scope, setScope] = useState<string>(regionNodes.length > 1 ? regionNodes[0].id : '');
  const activeScope = regionNodes.some((n) => n.id === scope)
    ? scope
    : regionNodes.length > 1
      ? regionNodes[0].id
      : '';
  const comparison = useMemo(
    () => compareRegions(design, undefined, activeScope ? { scope: activeScope } : {}),
    [design, activeScope],
  );
  const marks = useMemo(() => paretoRegions(comparison), [comparison]);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'cost', dir: 1 });
  const current = activeScope
    ? (design.nodes.find((n) => n.id === activeScope)?.props?.region as string | undefined)
    : ((regionNodes[0]?.props?.region as string | undefined) ?? design.defaultRegion);
  const labelOf = (id: string) => design.nodes.find((n) => n.id === id)?.label ?? id;
  const maxUsd = Math.max(...comparison.regions.map((r) => r.monthlyUsd), 1);
  const maxKg = Math.max(...comparison.regions.map((r) => r.kgCo2eMonth), 1);
  const rows = comparison.regions
    .map((r, i) => ({ r, mark: marks[i] }))
    .sort((a, b) => {
      const v = (x: typeof a) =>
        sort.key === 'region'
          ? x.r.region
          : sort.key === 'cost'
            ? x.r.monthlyUsd
            : sort.key === 'carbon'
              ? x.r.kgCo2eMonth
              : x.r.unavailable.length + x.r.unknown.length;
      const va = v(a);
      const vb = v(b);
      return (va < vb ? -1 : va > vb ? 1 : 0) * sort.dir;
    });
  const header = (key: SortKey, text: string, right = false) => (
    <th
      className={`px-2 py-1 font-medium whitespace-nowrap ${right ? 'text-right' : 'text-left'}`}
      aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="cw-link"
        onClick={() => setSort({ key, dir: sort.key === key ? (sort.dir === 1 ? -1 : 1) : 1 })}
      >
        {text} {sort.key === key ? (sort.dir === 1 ? '▲' : '▼') : ''}
      </button>
    </th>
  );
  return (
    <div className="flex h-full min-h-0 gap-3 px-3 py-2">
      <div className="min-h-0 min-w-0 flex-1 overflow-y-auto">
        <div className="mb-2 flex items-center gap-3 text-xs">
          {regionNodes.length > 1 ? (
            <label>
              <span className="mr-1">Compare</span>
              <select
                className="cw-input rounded px-1 py-0.5 text-xs"
                value={activeScope}
                onChange={(e) => setScope(e.target.value)}
              >
                {regionNodes.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.label ?? n.id} ({String(n.props?.region ?? '')})
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span className="cw-muted">The whole design, as if deployed in each Region.</span>
          )}
          <span className="cw-muted">
            Now in {current}. Gaps: services not offered, prices missing, carbon not modelled.
          </span>
        </div>
        <table className="w-full text-[13px]">
          <caption className="sr-only">Monthly cost and carbon in each Region</caption>
          <thead>
            <tr className="cw-muted border-b cw-border text-[11px]">
              {header('region', 'Region')}
              {header('cost', 'USD/month', true)}
              {header('carbon', 'kg CO2e/month', true)}
              {header('missing', 'Gaps')}
              <th className="px-2 py-1 text-left font-medium">Marks</th>
              <th className="px-2 py-1" />
            </tr>
          </thead>
          <tbody>
            {rows.map(({ r, mark }) => (
              <tr
                key={r.region}
                className={`border-b cw-border ${r.region === current ? 'cw-row-current' : ''}`}
                data-region={r.region}
              >
                <td className="px-2 py-1">
                  <div className="font-medium">{r.region}</div>
                  <div className="cw-muted text-[11px]">{regionInfo(r.region)?.name}</div>
                </td>
                <td className="px-2 py-1 text-right whitespace-nowrap tabular-nums">
                  {money(r.monthlyUsd)}
                  <span
                    className="cw-databar cw-databar-cost"
                    style={{ width: `${(r.monthlyUsd / maxUsd) * 100}%` }}
                    aria-hidden="true"
                  />
                </td>
                <td className="px-2 py-1 text-right whitespace-nowrap tabular-nums">
                  {kg(r.kgCo2eMonth)}
                  <span
                    className="cw-databar cw-databar-carbon"
                    style={{ width: `${(r.kgCo2eMonth / maxKg) * 100}%` }}
                    aria-hidden="true"
                  />
                </td>
                <td className="px-2 py-1 text-[11px] leading-tight">
                  {r.unavailable.length > 0 ? (
                    <div className="cw-error-text">
                      Not offered: {r.unavailable.map(labelOf).join(', ')}
                    </div>
                  ) : null}
                  {r.lines.some((l) => !l.unavailable && l.monthlyUsd === null) ? (
                    <div className="cw-muted">
                      Price unknown:{' '}
                      {r.lines
                        .filter((l) => !l.unavailable && l.monthlyUsd === null)
                        .map((l) => l.label)
                        .join(', ')}
                    </div>
                  ) : null}
                  {r.lines.some((l) => !l.unavailable && l.kgCo2eMonth === null) ? (
                    <div className="cw-muted">
                      Carbon not modelled:{' '}
                      {r.lines
                        .filter((l) => !l.unavailable && l.kgCo2eMonth === null)
                        .map((l) => l.label)
                        .join(', ')}
                    </div>
                  ) : null}
                </td>
                <td className="px-2 py-1 text-[11px] whitespace-nowrap">
                  {mark.cheapest ? <span className="cw-tag cw-tag-cost">Cheapest</span> : null}
                  {mark.lowestCarbon ? (
                    <span className="cw-tag cw-tag-carbon">Lowest carbon</span>
                  ) : null}
                  {mark.paretoOptimal ? <span className="cw-tag">Pareto</span> : null}
                </td>
                <td className="px-2 py-1 text-right">
                  {r.region === current ? (
                    <span className="cw-muted text-xs">current</span>
                  ) : (
                    <button
                      type="button"
                      className="cw-button px-2 py-0.5 text-xs"
                      aria-label={`Move to ${r.region}`}
                      onClick={() => {
                        if (
                          store
                            .getState()
                            .apply((d) => moveToRegion(d, r.region, activeScope || undefined))
                        )
                          store
                            .getState()
                            .notify('info', `Moved to ${r.region}. Undo moves it back.`);
                      }}
                    >
                      Move
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="shrink-0">
        <RegionChart marks={marks} selected={current} />
        <p className="cw-muted mt-1 w-[300px] text-[11px]">
          Filled points are Pareto-optimal: no other Region is both cheaper and lower-carbon. Faded
          points lack a service or have more unknown lines.
        </p>
      </div>
    </div>
  );
}
