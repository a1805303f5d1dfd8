/**
 * Evaluating plans in a Region: price look-ups by Region position, bands, unknown and
 * unavailable lines, and the Region's totals over the lines that are known.
 */
import { priceOf } from '../catalog/tables.ts';
import { gridFactor } from './carbon.ts';
import { offeredByRegion, regionIndex, type IndexedItem } from './prices.ts';
import type { NodePlan, ResolvedCharge } from './plan.ts';
import type { EstimateLine, LineItem, RegionEstimate } from './types.ts';

interface RegionContext {
  region: string;
  /** Position in the price table, -1 when it has no prices for the Region. */
  ri: number;
  /** kg CO2e per kWh. */
  kgPerKwh: number;
}

function regionContext(region: string): RegionContext {
  return { region, ri: regionIndex(region), kgPerKwh: gridFactor(region).gCo2ePerKwh / 1000 };
}

function lineItem(
  item: string,
  quantity: number,
  price: number | null | undefined,
  per: number,
  unit: string,
): LineItem {
  if (price === null || price === undefined)
    return { item, quantity, unit, unitPrice: null, usd: null };
  const unitPrice = price / per;
  return { item, quantity, unit, unitPrice, usd: quantity * unitPrice };
}

/** USD per `per` units of an item in the Region (or the charge's edge geography); null = no price. */
function priceIn(
  it: IndexedItem,
  ctx: RegionContext,
  geography: string | undefined,
): number | null {
  if (geography !== undefined) return priceOf(it.key, geography) ?? null;
  return ctx.ri < 0 ? null : it.byRegion[ctx.ri];
}

/** Items of one charge; a banded charge gives one item per band it reaches. */
function chargeItems(rc: ResolvedCharge, ctx: RegionContext, out: LineItem[]): void {
  const c = rc.charge;
  if (!rc.bands) {
    const it = rc.item;
    out.push(
      it
        ? lineItem(c.item, c.quantity, priceIn(it, ctx, c.geography), it.item.per, it.item.unit)
        : lineItem(c.item, c.quantity, null, 1, ''),
    );
    return;
  }
  let covered = 0;
  let lastUnit = '';
  for (let i = 0; i < rc.bands.length; i++) {
    const it = rc.bands[i];
    if (!it?.band) {
      out.push(lineItem(c.bands![i], c.quantity - covered, null, 1, it?.item.unit ?? lastUnit));
      return;
    }
    lastUnit = it.item.unit;
    const amount = Math.min(c.quantity, it.band.to) - it.band.from;
    if (amount <= 0) continue;
    out.push(lineItem(it.key, amount, priceIn(it, ctx, c.geography), it.item.per, it.item.unit));
    covered = Math.min(c.quantity, it.band.to);
    if (covered >= c.quantity) return;
  }
  // Above the last band the data has: no price, so the line is unknown rather than cheaper.
  out.push(lineItem(`${c.item}_above_last_band`, c.quantity - covered, null, 1, lastUnit));
}

function evaluate(plan: NodePlan, ctx: RegionContext): EstimateLine {
  const line: EstimateLine = {
    node: plan.node.id,
    service: plan.node.service,
    label: plan.label,
    category: plan.category,
    region: ctx.region,
    monthlyUsd: 0,
    kgCo2eMonth: null,
    kwhMonth: null,
    unavailable: false,
    items: [],
    assumptions: plan.assumptions,
    inputs: plan.inputs,
  };
  if (plan.kind === 'unknown') {
    line.monthlyUsd = null;
  } else if (plan.kind === 'priced') {
    const offered = ctx.ri >= 0 && plan.pricingKey ? offeredByRegion(plan.pricingKey) : null;
    if (offered && !offered[ctx.ri]) {
      line.monthlyUsd = null;
      line.unavailable = true;
      return line;
    }
    let usd: number | null = 0;
    for (const c of plan.charges) chargeItems(c, ctx, line.items);
    for (const it of line.items) usd = usd === null || it.usd === null ? null : usd + it.usd;
    line.monthlyUsd = usd;
  }
  if (plan.carbon) {
    line.kwhMonth = plan.carbon.kwhMonth;
    line.kgCo2eMonth = plan.carbon.kwhMonth * ctx.kgPerKwh + plan.carbon.embodiedKgMonth;
  }
  return line;
}

/** Evaluates plans in one Region and adds up the lines that are known. */
export function evaluateRegion(plans: readonly NodePlan[], region: string): RegionEstimate {
  const ctx = regionContext(region);
  const out: RegionEstimate = {
    region,
    monthlyUsd: 0,
    kgCo2eMonth: 0,
    kwhMonth: 0,
    unknown: [],
    unavailable: [],
    lines: [],
  };
  for (const plan of plans) {
    const line = evaluate(plan, ctx);
    out.lines.push(line);
    if (line.unavailable) {
      out.unavailable.push(line.node);
      continue;
    }
    if (line.monthlyUsd === null || line.kgCo2eMonth === null) out.unknown.push(line.node);
    if (line.monthlyUsd !== null) out.monthlyUsd += line.monthlyUsd;
    if (line.kgCo2eMonth !== null) out.kgCo2eMonth += line.kgCo2eMonth;
    if (line.kwhMonth !== null) out.kwhMonth += line.kwhMonth;
  }
  return out;
}
