import { getEntry } from '../catalog/index.ts';
import {
  descendantsOf,
  incomingOf,
  indexDesign,
  nodesOfService,
  outgoingOf,
  type DesignIndex,
} from '../model/graph.ts';
import type { DesignDocument, DesignNode, PropValue } from '../model/types.ts';
import type { ReviewContext } from './types.ts';

/**
 * Answers of `regionOf`, `zonesOf` and `regions` that depend only on containment and on the
 * containers' own settings. The engine keeps one across reviews while edits touch only the
 * settings of non-container nodes, so re-running a few rules does not walk every ancestor chain again.
 */
export interface ContextMemo {
  regionOf: Map<string, string>;
  zonesOf: Map<string, string[]>;
  regions?: string[];
}

/** An empty memo for `reviewContext`. */
export function createContextMemo(): ContextMemo {
  return { regionOf: new Map(), zonesOf: new Map() };
}

type Defaults = { props: Map<string, PropValue | undefined>; usage: Map<string, number> };
const defaultsByService = new Map<string, Defaults>();

/** Catalog defaults of a service as maps: `prop` is called tens of thousands of times per review. */
function defaultsOf(service: string): Defaults | undefined {
  let d = defaultsByService.get(service);
  if (!d) {
    const entry = getEntry(service);
    if (!entry) return undefined;
    d = {
      props: new Map(entry.properties.map((p) => [p.key, p.default])),
      usage: new Map(entry.usage.map((u) => [u.key, u.default])),
    };
    defaultsByService.set(service, d);
  }
  return d;
}

/** Builds the lookups rules read; one per design version, shared by every rule. */
export function reviewContext(
  design: DesignDocument,
  index: DesignIndex = indexDesign(design),
  memo: ContextMemo = createContextMemo(),
): ReviewContext {
  const regionCache = memo.regionOf;
  const zoneCache = memo.zonesOf;
  const parentOf = (node: DesignNode) =>
    node.parent === undefined ? undefined : index.nodes.get(node.parent);
  // Walks up without building the ancestor list; the step limit keeps a cyclic (unchecked) document from looping.
  const ancestor = (node: DesignNode, services: readonly string[]): DesignNode | undefined => {
    let current = parentOf(node);
    for (let steps = 0; current && steps <= index.nodes.size; steps += 1) {
      if (services.includes(current.service)) return current;
      current = parentOf(current);
    }
    return undefined;
  };
  const regionOf = (node: DesignNode, depth = 0): string => {
    let region = regionCache.get(node.id);
    if (region === undefined) {
      if (node.service === 'region') {
        const code = ctx.prop(node, 'region');
        region = typeof code === 'string' ? code : design.defaultRegion;
      } else {
        const parent = parentOf(node);
        // Each container's answer is memoized, so a whole subtree costs one walk.
        region =
          parent && depth <= index.nodes.size ? regionOf(parent, depth + 1) : design.defaultRegion;
      }
      regionCache.set(node.id, region);
    }
    return region;
  };
  const ctx: ReviewContext = {
    design,
    index,
    entry: (node) => getEntry(node.service),
    prop: (node, key) => {
      if (node.props && key in node.props) return node.props[key];
      return defaultsOf(node.service)?.props.get(key);
    },
    usage: (node, key) => node.usage?.[key] ?? defaultsOf(node.service)?.usage.get(key),
    nodesOf: (...services) => {
      const out: DesignNode[] = [];
      for (const s of services)
        for (const id of nodesOfService(index, s)) out.push(index.nodes.get(id)!);
      return out;
    },
    regionOf: (node) => regionOf(node),
    regions: () => {
      if (memo.regions) return [...memo.regions];
      const set = new Set<string>();
      for (const n of design.nodes) {
        const entry = getEntry(n.service);
        if (entry && entry.kind !== 'container' && entry.kind !== 'generic') set.add(regionOf(n));
      }
      for (const id of nodesOfService(index, 'region')) {
        const code = ctx.prop(index.nodes.get(id)!, 'region');
        if (typeof code === 'string') set.add(code);
      }
      memo.regions = [...set].sort();
      return [...memo.regions];
    },
    zonesOf: (node) => {
      let zones = zoneCache.get(node.id);
      if (!zones) {
        const set = new Set<string>();
        const own = ancestor(node, ['availability-zone']);
        if (own) set.add(own.id);
        if (node.service === 'availability-zone') set.add(node.id);
        for (const d of descendantsOf(index, node.id)) {
          const n = index.nodes.get(d)!;
          if (n.service === 'availability-zone') set.add(n.id);
        }
        zones = [...set];
        zoneCache.set(node.id, zones);
      }
      return zones;
    },
    ancestor: (node, ...services) => ancestor(node, services),
    targets: (node, ...services) => {
      const out: DesignNode[] = [];
      for (const e of outgoingOf(index, node.id)) {
        const n = index.nodes.get(e.target);
        if (n && (services.length === 0 || services.includes(n.service))) out.push(n);
      }
      return out;
    },
    sources: (node, ...services) => {
      const out: DesignNode[] = [];
      for (const e of incomingOf(index, node.id)) {
        const n = index.nodes.get(e.source);
        if (n && (services.length === 0 || services.includes(n.service))) out.push(n);
      }
      return out;
    },
  };
  return ctx;
}

export type { DesignNode };
