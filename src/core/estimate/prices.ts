/**
 * Per-Region price lookups, built once from catalog/data/prices.json: each item's prices as an
 * array indexed by Region position, so pricing 1,000 nodes in 16 Regions is array reads, not
 * object lookups by string. null stays null (no price there), never 0.
 */
import { PRICED_REGIONS, PRICES, priceItem, type PriceItem } from '../catalog/tables.ts';

/** Hours in the month every hourly charge is based on (AWS's own convention: 8,760 / 12). */
export const HOURS_PER_MONTH = 730;
/** Hours in a week: `scheduleHoursPerWeek` of 168 is always on. */
export const HOURS_PER_WEEK = 168;
/** AWS price bands count 1 TB as 1,024 GB (the price list's "First 10 TB" ends at 10,240 GB). */
export const GB_PER_TB = 1024;

const regionPos = new Map<string, number>(PRICED_REGIONS.map((r, i) => [r, i]));

/** Position of a Region in the price table, or -1 when the table has no prices for it. */
export function regionIndex(region: string): number {
  return regionPos.get(region) ?? -1;
}

/** True when the price table covers the Region. */
export function isPricedRegion(region: string): boolean {
  return regionPos.has(region);
}

export interface IndexedItem {
  key: string;
  item: PriceItem;
  /** USD per `per` units by Region position; null = no price there. */
  byRegion: readonly (number | null)[];
  /** Band bounds converted to the item's quantity unit (GB, requests...); `to` Infinity = open. */
  band?: { from: number; to: number };
}

const indexed = new Map<string, IndexedItem | null>();

/** Multiplier from a band's unit (`TB/month`, `request/month`) to the item's quantity unit. */
function bandScale(unit: string): number | null {
  const head = unit.split('/')[0];
  if (head === 'TB') return GB_PER_TB;
  if (head === 'PB') return GB_PER_TB * GB_PER_TB;
  if (unit.endsWith('/month')) return 1;
  return null; // per-volume or per-function thresholds: the pricing model applies them
}

/** The price item with its per-Region array, or null for a key the table does not have. */
export function indexedItem(key: string): IndexedItem | null {
  const hit = indexed.get(key);
  if (hit !== undefined) return hit;
  const item = priceItem(key);
  let out: IndexedItem | null = null;
  if (item) {
    const byRegion = PRICED_REGIONS.map((r) =>
      Object.hasOwn(item.prices, r) ? item.prices[r] : null,
    );
    out = { key, item, byRegion };
    if (item.tier) {
      const scale = bandScale(item.tier.unit);
      if (scale !== null)
        out.band = {
          from: item.tier.from * scale,
          to: item.tier.to === null ? Infinity : item.tier.to * scale,
        };
    }
  }
  indexed.set(key, out);
  return out;
}

const offered = new Map<string, readonly boolean[] | null>();

/**
 * Per Region position: whether the price table has any price for the service prefix
 * (`wickr`, `appstream`). null when the table has no item for it at all (e.g. `outposts`).
 * A service with every item null in a Region is not offered there.
 */
export function offeredByRegion(service: string): readonly boolean[] | null {
  const hit = offered.get(service);
  if (hit !== undefined) return hit;
  const prefix = `${service}/`;
  // Edge-geography items (CloudFront) are not keyed by Region: they say nothing about Regions.
  const items = Object.keys(PRICES.items).filter(
    (k) => k.startsWith(prefix) && PRICES.items[k].keyedBy !== 'edge-geography',
  );
  const out =
    items.length === 0
      ? null
      : PRICED_REGIONS.map((r) => items.some((k) => PRICES.items[k].prices[r] != null));
  offered.set(service, out);
  return out;
}
