import type { DesignDocument, DesignEdge, DesignNode } from './types.ts';

/**
 * Lookups over a design, built once per document version so that rules and checks never scan
 * the node or edge arrays (40 rules over 5,000 nodes: ~10 ms indexed against seconds by scanning).
 */
export interface DesignIndex {
  nodes: ReadonlyMap<string, DesignNode>;
  edges: ReadonlyMap<string, DesignEdge>;
  /** Child node ids per container id; top-level nodes under the key `''`. */
  children: ReadonlyMap<string, readonly string[]>;
  outgoing: ReadonlyMap<string, readonly DesignEdge[]>;
  incoming: ReadonlyMap<string, readonly DesignEdge[]>;
  /** Node ids per catalog service id. */
  byService: ReadonlyMap<string, readonly string[]>;
}

const EMPTY: readonly never[] = Object.freeze([]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the lookups of a design in one pass over its nodes and edges. */
export function indexDesign(design: Pick<DesignDocument, 'nodes' | 'edges'>): DesignIndex {
  const nodes = new Map<string, DesignNode>();
  const children = new Map<string, string[]>();
  const byService = new Map<string, string[]>();
  for (const n of design.nodes) {
    nodes.set(n.id, n);
    push(children, n.parent ?? '', n.id);
    push(byService, n.service, n.id);
  }
  const edges = new Map<string, DesignEdge>();
  const outgoing = new Map<string, DesignEdge[]>();
  const incoming = new Map<string, DesignEdge[]>();
  for (const e of design.edges) {
    edges.set(e.id, e);
    push(outgoing, e.source, e);
    push(incoming, e.target, e);
  }
  return { nodes, edges, children, outgoing, incoming, byService };
}

export function childrenOf(index: DesignIndex, id: string | undefined): readonly string[] {
  return index.children.get(id ?? '') ?? EMPTY;
}

export function outgoingOf(index: DesignIndex, id: string): readonly DesignEdge[] {
  return index.outgoing.get(id) ?? EMPTY;
}

export function incomingOf(index: DesignIndex, id: string): readonly DesignEdge[] {
  return index.incoming.get(id) ?? EMPTY;
}

export function nodesOfService(index: DesignIndex, service: string): readonly string[] {
  return index.byService.get(service) ?? EMPTY;
}

/**
 * Ancestors of a node, nearest first. Stops at a missing parent or a cycle, so it is safe on
 * unchecked documents.
 */
export function ancestorsOf(index: DesignIndex, id: string): DesignNode[] {
  const out: DesignNode[] = [];
  const seen = new Set<string>([id]);
  let current = index.nodes.get(id)?.parent;
  while (current !== undefined && !seen.has(current)) {
    const node = index.nodes.get(current);
    if (!node) break;
    out.push(node);
    seen.add(current);
    current = node.parent;
  }
  return out;
}

/** The nearest ancestor of one of the given services, or undefined. */
export function nearestAncestor(
  index: DesignIndex,
  id: string,
  services: readonly string[],
): DesignNode | undefined {
  return ancestorsOf(index, id).find((a) => services.includes(a.service));
}

/** All descendants of a container, depth first. */
export function descendantsOf(index: DesignIndex, id: string): string[] {
  const out: string[] = [];
  const stack = [...childrenOf(index, id)];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    stack.push(...childrenOf(index, next));
  }
  return out;
}

/**
 * True when `next` differs from `prev` only in where nodes are drawn (positions and sizes): same
 * nodes in the same order, same edges, same everything else. Analyses that ignore layout (review,
 * estimate, export) can keep their previous answer.
 */
export function isLayoutOnlyChange(prev: DesignDocument, next: DesignDocument): boolean {
  if (prev === next) return true;
  if (prev.edges !== next.edges || prev.nodes.length !== next.nodes.length) return false;
  for (const key of Object.keys(next) as (keyof DesignDocument)[]) {
    if (key !== 'nodes' && prev[key] !== next[key]) return false;
  }
  if (Object.keys(prev).length !== Object.keys(next).length) return false;
  for (let i = 0; i < next.nodes.length; i += 1) {
    const a = prev.nodes[i];
    const b = next.nodes[i];
    if (a === b) continue;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      if (k === 'position' || k === 'size') continue;
      if (
        (a as unknown as Record<string, unknown>)[k] !==
        (b as unknown as Record<string, unknown>)[k]
      )
        return false;
    }
  }
  return true;
}
