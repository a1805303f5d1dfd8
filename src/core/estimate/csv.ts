/**
 * CSV export of an estimate (RFC 4180: comma-separated, CRLF, fields quoted when needed), safe to
 * open in a spreadsheet: text cells that a spreadsheet would run as a formula are prefixed with '.
 */
import type { Estimate, EstimateLine } from './types.ts';

export const CSV_HEADER = [
  'Node',
  'Label',
  'Service',
  'Region',
  'Monthly USD',
  'Yearly USD',
  'kg CO2e/month',
] as const;

/** Cells starting with these run as formulas in Excel, LibreOffice and Google Sheets (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One text cell: formula guard, then quoting when it holds a comma, quote, line break or edge spaces. */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function money(line: EstimateLine, months: number): string {
  if (line.unavailable) return 'unavailable';
  return line.monthlyUsd === null ? 'unknown' : (line.monthlyUsd * months).toFixed(2);
}

function carbon(line: EstimateLine): string {
  if (line.unavailable) return 'unavailable';
  return line.kgCo2eMonth === null ? 'unknown' : line.kgCo2eMonth.toFixed(3);
}

/**
 * One row per line of every Region: node id, label, service, Region, monthly and yearly USD
 * (monthly x 12, to the cent) and kg CO2e a month; `unknown` or `unavailable` instead of a
 * figure, never 0.
 */
export function toCsv(estimate: Estimate): string {
  const rows = [CSV_HEADER.join(',')];
  for (const region of estimate.regions) {
    for (const line of region.lines) {
      rows.push(
        [
          csvCell(line.node),
          csvCell(line.label),
          csvCell(line.service),
          csvCell(line.region),
          money(line, 1),
          money(line, 12),
          carbon(line),
        ].join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
