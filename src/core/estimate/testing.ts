/**
 * Builders for the estimator's tests: a design holding one node, and that node's line.
 */
import type { DesignDocument, DesignNode, PropValue, WorkloadContext } from '../model/types.ts';
import { estimate } from './estimate.ts';
import type { EstimateLine } from './types.ts';

/** A design with these nodes, default Region `region`. */
export function designOf(
  nodes: DesignNode[],
  opts: { region?: string; context?: WorkloadContext } = {},
): DesignDocument {
  const d: DesignDocument = {
    format: 'cloudwright',
    version: 1,
    name: 'Estimate fixture',
    defaultRegion: opts.region ?? 'us-east-1',
    nodes,
    edges: [],
  };
  if (opts.context) d.context = opts.context;
  return d;
}

/** A node with only the props and usage given, so catalog defaults apply to the rest. */
export function nodeOf(
  id: string,
  service: string,
  props: Record<string, PropValue> = {},
  usage: Record<string, number> = {},
  parent?: string,
): DesignNode {
  const n: DesignNode = { id, service, props, usage };
  if (parent !== undefined) n.parent = parent;
  return n;
}

/** The line of a single `service` node estimated in `region` (default us-east-1). */
export function lineOf(
  service: string,
  props: Record<string, PropValue> = {},
  usage: Record<string, number> = {},
  opts: { region?: string; context?: WorkloadContext } = {},
): EstimateLine {
  const e = estimate(designOf([nodeOf('n1', service, props, usage)], opts));
  const line = e.regions[0].lines[0];
  if (!line) throw new Error(`no line for ${service}`);
  return line;
}

/** The items of a line as `item -> usd`, for compact assertions. */
export function usdByItem(line: EstimateLine): Record<string, number | null> {
  return Object.fromEntries(line.items.map((i) => [i.item, i.usd]));
}
