import type { RegionMark } from '../../core/estimate/index.ts';

/** Cost against carbon, one point per Region; Pareto-optimal points filled. The table beside it holds the same figures. */
export function RegionChart({ marks, selected }: { marks: RegionMark[]; selected?: string }) {
  const w = 300;
  const h = 200;
  const pad = { l: 54, r: 12, t: 12, b: 34 };
  const xs = marks.map((m) => m.monthlyUsd);
  const ys = marks.map((m) => m.kgCo2eMonth);
  const [x0, x1] = [Math.min(...xs) * 0.95, Math.max(...xs) * 1.05 || 1];
  const [y0, y1] = [Math.min(...ys) * 0.9, Math.max(...ys) * 1.08 || 1];
  const sx = (v: number) => pad.l + ((v - x0) / (x1 - x0 || 1)) * (w - pad.l - pad.r);
  const sy = (v: number) => h - pad.b - ((v - y0) / (y1 - y0 || 1)) * (h - pad.t - pad.b);
  const cheapest = marks.find((m) => m.cheapest)?.region;
  const cleanest = marks.find((m) => m.lowestCarbon)?.region;
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={`Monthly cost against carbon for ${marks.length} Regions; cheapest ${cheapest}, lowest carbon ${cleanest}`}
      className="cw-chart"
    >
      <line x1={pad.l} y1={h - pad.b} x2={w - pad.r} y2={h - pad.b} className="cw-axis" />
      <line x1={pad.l} y1={pad.t} x2={pad.l} y2={h - pad.b} className="cw-axis" />
      <text x={(w + pad.l) / 2} y={h - 6} textAnchor="middle" className="cw-axis-label">
        USD per month
      </text>
      <text
        x={12}
        y={(h - pad.b) / 2}
        textAnchor="middle"
        transform={`rotate(-90 12 ${(h - pad.b) / 2})`}
        className="cw-axis-label"
      >
        kg CO2e per month
      </text>
      <text x={pad.l} y={h - pad.b + 12} className="cw-tick">{`$${Math.round(x0)}`}</text>
      <text
        x={w - pad.r}
        y={h - pad.b + 12}
        textAnchor="end"
        className="cw-tick"
      >{`$${Math.round(x1)}`}</text>
      <text x={pad.l - 4} y={sy(y1) + 4} textAnchor="end" className="cw-tick">
        {Math.round(y1)}
      </text>
      <text x={pad.l - 4} y={sy(y0)} textAnchor="end" className="cw-tick">
        {Math.round(y0)}
      </text>
      {marks.map((m) => (
        <g key={m.region} opacity={m.considered ? 1 : 0.35}>
          <circle
            cx={sx(m.monthlyUsd)}
            cy={sy(m.kgCo2eMonth)}
            r={m.region === selected ? 6 : 4.5}
            className={m.paretoOptimal ? 'cw-point-pareto' : 'cw-point'}
          />
          {m.cheapest || m.lowestCarbon || m.region === selected ? (
            <text x={sx(m.monthlyUsd) + 6} y={sy(m.kgCo2eMonth) - 5} className="cw-point-label">
              {m.region}
              {m.region === selected ? ' (now)' : ''}
            </text>
          ) : null}
          <title>{`${m.region}: $${m.monthlyUsd.toFixed(2)}, ${m.kgCo2eMonth.toFixed(1)} kg CO2e`}</title>
        </g>
      ))}
    </svg>
  );
}
