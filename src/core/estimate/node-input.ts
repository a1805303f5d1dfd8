/**
 * `NodeInput`: a node's settings and usage inputs with the catalog's defaults, and the hours it
 * runs. Every default a model reads becomes an assumption on the line, so a user sees what the
 * figure rests on and can change it in place.
 */
import type { CatalogEntry, PropertySpec, UsageSpec } from '../catalog/types.ts';
import type { DesignDocument, DesignNode, PropValue } from '../model/types.ts';
import { HOURS_PER_MONTH, HOURS_PER_WEEK } from './prices.ts';
import type { NodeInput, UsageInput } from './types.ts';

/** Hours a week an `office-hours` schedule runs: 12 hours on each of 5 weekdays. */
export const OFFICE_HOURS_PER_WEEK = 60;
/** Hours in a 31-day month: the most `hoursPerMonth` can mean. */
const MAX_HOURS_IN_MONTH = 744;

/** Plain number for assumption text: thousands separators, at most 4 decimals, no locale lookup. */
export function fmtNum(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 10000) / 10000;
  const [int, frac] = String(Math.abs(rounded)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** The design-wide schedule as a share of the week (1 = always on), from `context.scheduleHoursPerWeek`. */
export function designScheduleHours(design: Pick<DesignDocument, 'context'>): number {
  const h = design.context?.scheduleHoursPerWeek;
  if (typeof h !== 'number' || !Number.isFinite(h)) return HOURS_PER_WEEK;
  return Math.min(HOURS_PER_WEEK, Math.max(0, h));
}

const propSpecs = new WeakMap<CatalogEntry, Map<string, PropertySpec>>();
const usageSpecs = new WeakMap<CatalogEntry, Map<string, UsageSpec>>();

function specsOf<T extends { key: string }>(
  cache: WeakMap<CatalogEntry, Map<string, T>>,
  entry: CatalogEntry,
  list: readonly T[],
): Map<string, T> {
  let m = cache.get(entry);
  if (!m) {
    m = new Map(list.map((s) => [s.key, s]));
    cache.set(entry, m);
  }
  return m;
}

/** A NodeInput plus what it collected while a model read it. */
export interface NodeReader {
  input: NodeInput;
  assumptions: string[];
  inputs: UsageInput[];
}

/** Where a node sits, as the planner found it from the containment index. */
export interface Placement {
  onOutpost: boolean;
  inZone: boolean;
  zonesInVpc: () => number;
  /** Desired capacity of the Auto Scaling group holding the node, or 1. */
  groupSize: number;
}

const NOWHERE: Placement = { onOutpost: false, inZone: false, zonesInVpc: () => 0, groupSize: 1 };

/** Builds the reader of one node. `scheduleHours` is the design's hours a week (168 = always on). */
export function nodeReader(
  node: DesignNode,
  entry: CatalogEntry,
  scheduleHours: number,
  place: Placement = NOWHERE,
): NodeReader {
  const assumptions: string[] = [];
  const inputs: UsageInput[] = [];
  const seen = new Set<string>();
  const props = specsOf(propSpecs, entry, entry.properties);
  const usages = specsOf(usageSpecs, entry, entry.usage);
  let hours: number | undefined;

  const prop = (key: string): PropValue | undefined => {
    const own = node.props?.[key];
    return own !== undefined ? own : props.get(key)?.default;
  };

  const usage = (key: string, fallback?: number): number => {
    const spec = usages.get(key);
    const own = node.usage?.[key];
    const set = typeof own === 'number' && Number.isFinite(own);
    const value = set ? own : (spec?.default ?? fallback ?? 0);
    if (!seen.has(key)) {
      seen.add(key);
      const unit = spec?.unit ?? '';
      inputs.push({ key, label: spec?.label ?? key, value, unit, isDefault: !set });
      if (!set) {
        const source = spec ? 'catalog default' : 'assumed; the catalog has no such input';
        assumptions.push(
          `${spec?.label ?? key}: ${fmtNum(value)}${unit ? ` ${unit}` : ''} (${source}).`,
        );
      }
    }
    return Math.max(0, value);
  };

  const input: NodeInput = {
    node,
    entry,
    onOutpost: place.onOutpost,
    inZone: place.inZone,
    zonesInVpc: place.zonesInVpc,
    groupSize: place.groupSize,
    prop,
    str: (key, fallback) => {
      const v = prop(key);
      return typeof v === 'string' && v !== '' ? v : fallback;
    },
    num: (key, fallback) => {
      const v = prop(key);
      return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
    },
    bool: (key, fallback) => {
      const v = prop(key);
      return typeof v === 'boolean' ? v : fallback;
    },
    hasUsage: (key) => usages.has(key),
    usage,
    runningHours: () => {
      if (hours !== undefined) return hours;
      const base = usages.has('hoursPerMonth')
        ? Math.min(usage('hoursPerMonth'), MAX_HOURS_IN_MONTH)
        : HOURS_PER_MONTH;
      let perWeek = scheduleHours;
      let why = `the design's schedule of ${fmtNum(scheduleHours)} h/week`;
      if (prop('schedule') === 'office-hours' && OFFICE_HOURS_PER_WEEK < perWeek) {
        perWeek = OFFICE_HOURS_PER_WEEK;
        why = `office hours, ${OFFICE_HOURS_PER_WEEK} h/week (12 h on weekdays)`;
      }
      hours = (base * perWeek) / HOURS_PER_WEEK;
      if (perWeek < HOURS_PER_WEEK) {
        assumptions.push(
          `Runs ${fmtNum(hours)} h/month: ${fmtNum(base)} h/month x ${fmtNum(perWeek)}/${HOURS_PER_WEEK} for ${why} (time-based charges only).`,
        );
      }
      return hours;
    },
    assume: (text) => {
      assumptions.push(text);
    },
  };
  return { input, assumptions, inputs };
}
