const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
});
const num = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** USD, or "unknown" when the data has no figure: never shown as $0. */
export function money(v: number | null | undefined): string {
  return v === null || v === undefined ? 'unknown' : usd.format(v);
}

export function kg(v: number | null | undefined): string {
  return v === null || v === undefined ? 'unknown' : `${num.format(v)} kg`;
}

export function plain(v: number | null | undefined): string {
  return v === null || v === undefined ? 'unknown' : num.format(v);
}
