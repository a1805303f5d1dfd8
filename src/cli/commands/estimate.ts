import { PRICED_REGIONS, regionInfo } from '../../core/catalog/tables.ts';
import {
  compareRegions,
  estimate,
  paretoRegions,
  type Estimate,
  type EstimateLine,
  type RegionEstimate,
  type RegionMark,
} from '../../core/estimate/index.ts';
import { EXIT, InputError, readDesign, type Output } from '../io.ts';

/** Options of `cloudwright estimate`. */
export interface EstimateCliOptions {
  /** Region of the nodes in no Region container, instead of the design's default. */
  region?: string;
  /** `all`, or Region codes separated by commas: price the whole design in each. */
  compare?: string;
  json: boolean;
}

/** A Region code the catalog knows (any partition); unknown codes are bad input. */
function checkRegion(code: string, flag: string): string {
  if (!regionInfo(code))
    throw new InputError(
      `estimate: ${flag}: unknown Region "${code}" (priced Regions: ${PRICED_REGIONS.join(', ')})`,
    );
  return code;
}

function compareList(value: string): string[] {
  if (value.trim() === 'all') return [...PRICED_REGIONS];
  const codes = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (codes.length === 0)
    throw new InputError('estimate: --compare needs "all" or Region codes separated by commas');
  return codes.map((c) => checkRegion(c, '--compare'));
}

function usd(n: number | null): string {
  if (n === null) return 'unknown';
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function kg(n: number | null): string {
  return n === null
    ? 'unknown'
    : n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd(),
  );
}

function lineCost(l: EstimateLine): string {
  return l.unavailable ? 'unavailable' : usd(l.monthlyUsd);
}

function lineCarbon(l: EstimateLine): string {
  return l.unavailable ? 'unavailable' : kg(l.kgCo2eMonth);
}

function left(r: RegionEstimate): string[] {
  const out: string[] = [];
  if (r.unknown.length > 0) out.push(`  unknown (left out of the totals): ${r.unknown.join(', ')}`);
  if (r.unavailable.length > 0)
    out.push(`  not offered in ${r.region}: ${r.unavailable.join(', ')}`);
  return out;
}

function readableEstimate(file: string, e: Estimate): string[] {
  const out: string[] = [];
  for (const r of e.regions) {
    out.push(
      `${file}: ${r.region}: ${usd(r.monthlyUsd)}/month (${usd(r.monthlyUsd * 12)}/year), ${kg(r.kgCo2eMonth)} kg CO2e/month, ${kg(r.kwhMonth)} kWh/month`,
    );
    if (r.lines.length > 0) {
      const rows = [['NODE', 'SERVICE', 'USD/MONTH', 'KG CO2E/MONTH']];
      for (const l of r.lines) rows.push([l.node, l.service, lineCost(l), lineCarbon(l)]);
      out.push(...table(rows, new Set([2, 3])).map((s) => `  ${s}`));
    }
    out.push(...left(r), '');
  }
  return out;
}

function markText(m: RegionMark): string {
  const marks = [
    m.cheapest ? 'cheapest' : '',
    m.lowestCarbon ? 'lowest carbon' : '',
    m.paretoOptimal ? 'Pareto-optimal' : '',
  ].filter(Boolean);
  return marks.length > 0 ? marks.join(', ') : m.considered ? '' : '(not compared)';
}

function readableComparison(file: string, e: Estimate, marks: RegionMark[]): string[] {
  const rows = [
    ['REGION', 'USD/MONTH', 'KG CO2E/MONTH', 'KWH/MONTH', 'UNKNOWN', 'UNAVAILABLE', ''],
  ];
  e.regions.forEach((r, i) => {
    rows.push([
      r.region,
      usd(r.monthlyUsd),
      kg(r.kgCo2eMonth),
      kg(r.kwhMonth),
      String(r.unknown.length),
      r.unavailable.join(',') || '-',
      markText(marks[i]),
    ]);
  });
  return [
    `${file}: the design in ${e.regions.length} Region${e.regions.length === 1 ? '' : 's'}`,
    ...table(rows, new Set([1, 2, 3, 4])),
    '',
  ];
}

/**
 * `cloudwright estimate FILE [--region R] [--compare all|R1,R2] [--json]`: cost and carbon of a
 * design as drawn, or of the whole design in each of several Regions. Exit 0, or 2 on bad input
 * (unreadable or invalid file, unknown Region code) with a one-line message.
 */
export async function estimateCommand(
  file: string,
  opts: EstimateCliOptions,
  io: Output,
): Promise<number> {
  let result: Estimate;
  let marks: RegionMark[] | undefined;
  try {
    if (opts.region !== undefined && opts.compare !== undefined)
      throw new InputError('estimate: use either --region or --compare, not both');
    const region =
      opts.region === undefined ? undefined : checkRegion(opts.region.trim(), '--region');
    const regions = opts.compare === undefined ? undefined : compareList(opts.compare);
    const design = await readDesign(file);
    if (regions) {
      result = compareRegions(design, regions);
      marks = paretoRegions(result);
    } else {
      result = estimate(design, { region });
    }
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(err.message);
    return EXIT.badInput;
  }
  if (opts.json) {
    io.out(JSON.stringify(marks ? { ...result, pareto: marks } : result, null, 2));
    return EXIT.ok;
  }
  const text = marks ? readableComparison(file, result, marks) : readableEstimate(file, result);
  text.push(
    'Unknown lines are left out of the totals, never counted as 0. List prices, no free tier; carbon is location-based (CCF).',
  );
  io.out(text.join('\n'));
  return EXIT.ok;
}
