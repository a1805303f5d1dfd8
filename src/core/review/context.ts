import { getEntry } from '../catalog/index.ts';
import { ancestorsOf, descendantsOf, incomingOf, indexDesign, nodesOfService, outgoingOf, type DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode } from '../model/types.ts';
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

/** Builds the lookups rules read; one per design version, shared by every rule. */
export function reviewContext(design: DesignDocument, index: DesignIndex = indexDesign(design), memo: ContextMemo = createContextMemo()): ReviewContext {
  const regionCache = memo.regionOf;
  const zoneCache = memo.zonesOf;
  const ctx: ReviewContext = {
    design,
    index,
    entry: (node) => getEntry(node.service),
    prop: (node, key) => {
      if (node.props && key in node.props) return node.props[key];
      return getEntry(node.service)?.properties.find((p) => p.key === key)?.default;
    },
    usage: (node, key) => node.usage?.[key] ?? getEntry(node.service)?.usage.find((u) => u.key === key)?.default,
    nodesOf: (...services) => services.flatMap((s) => nodesOfService(index, s).map((id) => index.nodes.get(id)!)),
    regionOf: (node) => {
      let region = regionCache.get(node.id);
      if (region === undefined) {
        const r = node.service === 'region' ? node : ancestorsOf(index, node.id).find((a) => a.service === 'region');
        const code = r ? ctx.prop(r, 'region') : undefined;
        region = typeof code === 'string' ? code : design.defaultRegion;
        regionCache.set(node.id, region);
      }
      return region;
    },
    regions: () => {
      if (memo.regions) return [...memo.regions];
      const set = new Set<string>();
      for (const n of design.nodes) {
        const entry = getEntry(n.service);
        if (entry && entry.kind !== 'container' && entry.kind !== 'generic') set.add(ctx.regionOf(n));
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
        const own = ancestorsOf(index, node.id).find((a) => a.service === 'availability-zone');
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
    ancestor: (node, ...services) => ancestorsOf(index, node.id).find((a) => services.includes(a.service)),
    targets: (node, ...services) =>
      outgoingOf(index, node.id)
        .map((e) => index.nodes.get(e.target)!)
        .filter((n) => n && (services.length === 0 || services.includes(n.service))),
    sources: (node, ...services) =>
      incomingOf(index, node.id)
        .map((e) => index.nodes.get(e.source)!)
        .filter((n) => n && (services.length === 0 || services.includes(n.service))),
  };
  return ctx;
}

export type { DesignNode };
