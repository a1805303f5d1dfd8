import { getEntry } from '../catalog/index.ts';
import { indexDesign, type DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode, PropValue } from '../model/types.ts';
import { overlay } from './overlay-map.ts';

/** What changed since the cached review: the structure, or which setting keys and which services' texts. */
export interface Change {
  structural: boolean;
  /** Setting keys whose value changed on some node (`usage:` prefixes usage keys). */
  keys: Set<string>;
  /** Nodes whose label, notes or tags changed: their previous version. */
  texts: DesignNode[];
  /** Changed nodes: id to the node object of the previous review. */
  replaced: Map<string, DesignNode>;
  index: DesignIndex;
}

function sameValue(a: PropValue | number | undefined, b: PropValue | number | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function changedKeys(
  a: Record<string, PropValue | number> | undefined,
  b: Record<string, PropValue | number> | undefined,
  prefix: string,
  out: Set<string>,
): void {
  if (a === b) return;
  for (const k of Object.keys(a ?? {})) if (!sameValue(a?.[k], b?.[k])) out.add(prefix + k);
  for (const k of Object.keys(b ?? {})) if (!sameValue(a?.[k], b?.[k])) out.add(prefix + k);
}

function sameTexts(a: DesignNode, b: DesignNode): boolean {
  return (
    a.label === b.label &&
    a.notes === b.notes &&
    (a.tags === b.tags || JSON.stringify(a.tags) === JSON.stringify(b.tags))
  );
}

function sameEdges(a: DesignDocument['edges'], b: DesignDocument['edges']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What changed between the previous review's design and this one. Anything but settings, texts
 * or layout of non-container nodes (a node added, removed, moved or re-typed, an edge, a
 * container's settings) counts as structural and makes the engine review everything again.
 *
 * Compares node by node by identity (O(n), no deep compare). When only settings changed, the
 * cached index is reused with the changed node objects laid over it, as its containment,
 * adjacency and service lists hold ids and edges, which have not changed.
 */
export function diff(
  prev: { design: DesignDocument; index: DesignIndex } | undefined,
  design: DesignDocument,
): Change {
  const change: Change = {
    structural: false,
    keys: new Set(),
    texts: [],
    replaced: new Map(),
    index: prev?.index ?? indexDesign(design),
  };
  if (
    !prev ||
    prev.design.nodes.length !== design.nodes.length ||
    !sameEdges(prev.design.edges, design.edges)
  ) {
    return { ...change, structural: true, index: indexDesign(design) };
  }
  const before = prev.design.nodes;
  const now: DesignNode[] = [];
  for (let i = 0; i < design.nodes.length; i += 1) {
    const a = before[i];
    const b = design.nodes[i];
    if (a === b) continue;
    if (
      a.id !== b.id ||
      a.parent !== b.parent ||
      a.service !== b.service ||
      getEntry(b.service)?.kind === 'container'
    ) {
      return { ...change, structural: true, index: indexDesign(design) };
    }
    change.replaced.set(b.id, a);
    now.push(b);
    changedKeys(a.props, b.props, '', change.keys);
    changedKeys(a.usage, b.usage, 'usage:', change.keys);
    if (!sameTexts(a, b)) change.texts.push(a);
  }
  if (change.replaced.size === 0) return change;
  return {
    ...change,
    index: {
      ...prev.index,
      nodes: overlay(
        prev.index.nodes,
        now.map((n): [string, DesignNode] => [n.id, n]),
      ),
    },
  };
}
