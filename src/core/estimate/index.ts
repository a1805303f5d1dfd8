export * from './types.ts';
export {
  estimate,
  compareRegions,
  ESTIMATE_NOTES,
  type EstimateOptions,
  type CompareOptions,
} from './estimate.ts';
export { paretoRegions, type RegionMark } from './pareto.ts';
export { toCsv, csvCell, CSV_HEADER } from './csv.ts';
export { MARKET_BASED_NOTE, CARBON_METHOD_NOTE, gridFactor } from './carbon.ts';
export { HOURS_PER_MONTH, HOURS_PER_WEEK, isPricedRegion } from './prices.ts';
export { OFFICE_HOURS_PER_WEEK } from './node-input.ts';
export { PRICING_MODELS } from './pricing/index.ts';
