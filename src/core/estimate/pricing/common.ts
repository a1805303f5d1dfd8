/**
 * Helpers shared by the pricing models: adding charges, charges the price data lacks, data
 * transfer out across its bands, an instance's boot volume.
 */
import type { Charge, NodeInput } from '../types.ts';

/** Data transfer out to the internet, cumulative monthly bands (TB = 1,024 GB). */
export const DATA_OUT_BANDS: readonly string[] = [
  'data_transfer/out_to_internet_first_10tb',
  'data_transfer/out_to_internet_next_40tb',
  'data_transfer/out_to_internet_next_100tb',
  'data_transfer/out_to_internet_over_150tb',
];

/** Adds a charge of `quantity` units of price item `item`; nothing when the quantity is 0. */
export function add(charges: Charge[], item: string, quantity: number): void {
  if (quantity > 0) charges.push({ item, quantity });
}

/** Adds a quantity split across cumulative monthly bands; `group` names it in the line. */
export function addBanded(
  charges: Charge[],
  group: string,
  bands: readonly string[],
  quantity: number,
): void {
  if (quantity > 0) charges.push({ item: group, quantity, bands });
}

/**
 * A real charge the price data has no figure for: it is kept as an item with no price, so the line
 * is unknown in every Region instead of silently cheaper.
 */
export function addMissing(
  n: NodeInput,
  charges: Charge[],
  item: string,
  quantity: number,
  what: string,
): void {
  if (quantity <= 0) return;
  charges.push({ item, quantity });
  n.assume(`No price for ${what} in the price data (${item}): the cost is unknown.`);
}

/** Data sent from the node to the internet, priced across the Region's bands. */
export function addDataOut(n: NodeInput, charges: Charge[], gb: number): void {
  if (gb <= 0) return;
  addBanded(charges, 'data_transfer/out_to_internet', DATA_OUT_BANDS, gb);
  n.assume(
    'Data transfer out priced across its monthly bands for this node alone (AWS adds up the account per Region); the first 100 GB/month free is not applied.',
  );
}

/** Says which free tier the figure leaves out. */
export function noFreeTier(n: NodeInput, what: string): void {
  n.assume(`Free tier not applied (${what}).`);
}

/** Whole, non-negative count from a property. */
export function count(n: NodeInput, key: string, fallback: number): number {
  return Math.max(0, Math.round(n.num(key, fallback)));
}
