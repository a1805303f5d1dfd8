import type { Edge, Node } from '@xyflow/react';
import { getEntry } from '../../core/catalog/index.ts';
import { resolveGeometry } from '../../core/layout/geometry.ts';
import { ancestorsOf, indexDesign, type DesignIndex } from '../../core/model/graph.ts';
import type { DesignDocument } from '../../core/model/types.ts';

export interface ServiceNodeData extends Record<string, unknown> {
  service: string;
  label: string;
}

export type FlowNode = Node<ServiceNodeData>;

/*
 * The projection keeps the React Flow objects of nodes and edges whose design object, box and
 * depth have not changed, so an edit re-renders only what it touched (React Flow compares node
 * objects by identity). Design objects are replaced by every edit that changes them.
 */
const nodeCache = new WeakMap<object, { sig: string; node: FlowNode }>();
const edgeCache = new WeakMap<object, Edge>();

/**
 * The React Flow view of a design: a projection, never the source of truth. Parents come before
 * their children (React Flow needs that), positions are relative to the parent as in the design.
 */
export function toFlow(
  design: DesignDocument,
  index: DesignIndex = indexDesign(design),
): { nodes: FlowNode[]; edges: Edge[] } {
  const boxes = resolveGeometry(design, index);
  const depth = new Map<string, number>();
  for (const n of design.nodes) depth.set(n.id, ancestorsOf(index, n.id).length);
  const ordered = [...design.nodes].sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
  const nodes: FlowNode[] = ordered.map((n) => {
    const entry = getEntry(n.service);
    const box = boxes.get(n.id)!;
    const sig = `${box.x},${box.y},${box.width},${box.height},${depth.get(n.id)}`;
    const cached = nodeCache.get(n);
    if (cached && cached.sig === sig) return cached.node;
    const container = entry?.kind === 'container';
    const node: FlowNode = {
      id: n.id,
      type: container ? 'group' : 'service',
      position: { x: box.x, y: box.y },
      data: { service: n.service, label: n.label ?? entry?.name ?? n.service },
      ariaLabel: `${n.label ? `${n.label}, ` : ''}${entry?.name ?? n.service}`,
      zIndex: container ? depth.get(n.id)! : 1000 + depth.get(n.id)!,
    };
    if (container) node.style = { width: box.width, height: box.height };
    // Known sizes let React Flow show (and hit-test) a node before it has measured it.
    node.width = box.width;
    node.height = box.height;
    if (n.parent !== undefined) node.parentId = n.parent;
    nodeCache.set(n, { sig, node });
    return node;
  });
  const edges: Edge[] = design.edges.map((e) => {
    const cached = edgeCache.get(e);
    if (cached) return cached;
    const edge: Edge = {
      id: e.id,
      source: e.source,
      target: e.target,
      label: e.label ?? e.meaning,
      ariaLabel: `${e.label ?? e.meaning ?? 'connection'} from ${e.source} to ${e.target}`,
      type: 'smoothstep',
      markerEnd: { type: 'arrowclosed' as never, width: 18, height: 18 },
      zIndex: 2000,
    };
    edgeCache.set(e, edge);
    return edge;
  });
  return { nodes, edges };
}
