/**
 * The estimator's data: what a pricing model says about one node (region-independent), and what
 * the estimate reports per Region. Money is USD per month (730 hours), energy kWh per month,
 * carbon kg CO2e per month; numbers keep full precision, rounding is for display only.
 */
import type { CatalogEntry } from '../catalog/types.ts';
import type { DesignNode, PropValue } from '../model/types.ts';

/**
 * One priced quantity of a node, the same in every Region. `item` is a key of the price table
 * (`<service>/<item>`, e.g. `ec2/t3.micro`); the cost is `quantity / per x price` in the Region.
 */
export interface Charge {
  item: string;
  /** In the price item's unit (instance-hour, GB-month, request...). */
  quantity: number;
  /**
   * Cumulative monthly bands (e.g. data transfer out: first 10 TB, next 40 TB...), in band order.
   * When present, `quantity` is split across them and `item` only names the group.
   */
  bands?: readonly string[];
  /** CloudFront: the edge geography the price is keyed by, instead of the Region. */
  geography?: string;
}

/** Carbon-relevant quantities of a node (Cloud Carbon Footprint inputs), the same in every Region. */
export interface Footprint {
  /** Instances of a type (`m5.large`, `db.r6g.large`, `cache.t3.micro`) running `hours` a month each. */
  instances?: { type: string; count: number; hours: number; label?: string }[];
  /** Serverless compute, vCPU-hours a month at CCF's average watts for unknown processors. */
  vcpuHours?: number;
  /** Allocated storage; `medium` overrides the carbon model's own (e.g. an st1 volume is HDD). */
  storage?: { gbMonth: number; replication: number; medium?: 'ssd' | 'hdd'; label: string }[];
  /** Data leaving the Region or the cloud, GB a month. */
  networkGb?: number;
}

/** What a pricing model returns for one node. */
export interface PricingResult {
  charges: Charge[];
  footprint?: Footprint;
  /** Set when the node cannot be priced at all (e.g. Outposts: no price feed); the line is unknown. */
  unknownReason?: string;
  /** Set when the carbon model cannot apply (no CCF figure); the carbon is unknown, never 0. */
  carbonUnknown?: string;
}

/** A usage input the estimate read, for the panel to show and edit in place. */
export interface UsageInput {
  key: string;
  label: string;
  value: number;
  unit: string;
  /** True when the node does not set it and the catalog default applies. */
  isDefault: boolean;
}

/** Read access to one node's settings, with catalog defaults, for pricing and carbon models. */
export interface NodeInput {
  node: DesignNode;
  entry: CatalogEntry;
  /** The node's own value, else the catalog default, else undefined. */
  prop(key: string): PropValue | undefined;
  str(key: string, fallback: string): string;
  num(key: string, fallback: number): number;
  bool(key: string, fallback: boolean): boolean;
  /** Whether the entry declares this usage input. */
  hasUsage(key: string): boolean;
  /** A usage input (node value, else catalog default, else `fallback`); recorded in `inputs` and assumptions. */
  usage(key: string, fallback?: number): number;
  /**
   * Hours a month the node runs, for time-based charges only: usage `hoursPerMonth` (default 730)
   * scaled by the design's schedule (`context.scheduleHoursPerWeek` / 168) and, for nodes with a
   * `schedule` of `office-hours`, by 60 / 168.
   */
  runningHours(): number;
  /** Adds one assumption sentence to the line. */
  assume(text: string): void;
  /** True when the node sits in an Outpost (its capacity is priced with the Outpost). */
  onOutpost: boolean;
  /** True when an Availability Zone container holds the node. */
  inZone: boolean;
  /** Availability Zone containers in the node's VPC (0 when it is in none). */
  zonesInVpc(): number;
  /** Instances the node stands for: the desired capacity of an enclosing Auto Scaling group, else 1. */
  groupSize: number;
}

/** A pricing model: one per catalog `pricing` key. */
export type PricingModel = (n: NodeInput) => PricingResult;

/** One priced quantity of a line in one Region. */
export interface LineItem {
  /** Price item key, e.g. `ec2/t3.micro` or `data_transfer/out_to_internet_next_40tb`. */
  item: string;
  quantity: number;
  unit: string;
  /** USD per one `unit`; null when the data has no price there. */
  unitPrice: number | null;
  /** USD a month; null when `unitPrice` is null. */
  usd: number | null;
}

/** One node in one Region. */
export interface EstimateLine {
  node: string;
  service: string;
  label: string;
  category: string;
  region: string;
  /** null = unknown (a price missing in this Region, unpriced service) or unavailable; never read as 0. */
  monthlyUsd: number | null;
  /** null = carbon not modelled, or unavailable. */
  kgCo2eMonth: number | null;
  kwhMonth: number | null;
  /** True when the service is not offered in this Region. */
  unavailable: boolean;
  items: LineItem[];
  assumptions: readonly string[];
  inputs: readonly UsageInput[];
}

/** One Region: totals over the lines whose figures are known, and the nodes left out of them. */
export interface RegionEstimate {
  region: string;
  /** Sum of the known lines; the lines in `unknown` and `unavailable` are not in it. */
  monthlyUsd: number;
  kgCo2eMonth: number;
  kwhMonth: number;
  /** Node ids whose cost or carbon is unknown here (never counted as 0). */
  unknown: string[];
  /** Node ids whose service is not offered in this Region. */
  unavailable: string[];
  lines: EstimateLine[];
}

/** The result of `estimate` and `compareRegions`. */
export interface Estimate {
  currency: 'USD';
  regions: RegionEstimate[];
  /** Method notes that apply to every line (list prices, free tier, 730 h, carbon method). */
  notes: readonly string[];
}
