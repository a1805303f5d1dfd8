import { getEntry } from '../catalog/index.ts';
import { childrenOf, indexDesign } from '../model/graph.ts';
import type { DesignDocument, DesignNode } from '../model/types.ts';
import { CONTAINER_PADDING, SERVICE_SIZE } from './geometry.ts';

/** The part of ELK's JSON graph format we produce and read (kept here so core needs no elkjs types). */
export interface ElkNode {
  id: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  children?: ElkNode[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
  layoutOptions?: Record<string, string>;
}

const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '64',
  'elk.spacing.nodeNode': '40',
  'elk.spacing.componentComponent': '48',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.edgeRouting': 'ORTHOGONAL',
};

const CONTAINER_OPTIONS: Record<string, string> = {
  'elk.padding': `[top=${CONTAINER_PADDING.top},left=${CONTAINER_PADDING.side},bottom=${CONTAINER_PADDING.bottom},right=${CONTAINER_PADDING.side}]`,
  'elk.spacing.nodeNode': '32',
};

/**
 * The design as an ELK graph: containers hold their children, every service has the drawn
 * node size, and edges sit at the root with hierarchy handling so ELK routes across containers.
 */
export function toElkGraph(design: DesignDocument): ElkNode {
  const index = indexDesign(design);
  const build = (node: DesignNode): ElkNode => {
    const isContainer = getEntry(node.service)?.kind === 'container';
    if (!isContainer)
      return { id: node.id, width: SERVICE_SIZE.width, height: SERVICE_SIZE.height };
    const kids = childrenOf(index, node.id).map((id) => build(index.nodes.get(id)!));
    // Wide enough for the group's title (about 7 px a character at 12 px, plus the corner icon).
    const title = node.label ?? getEntry(node.service)?.name ?? node.id;
    const minWidth = Math.max(200, Math.round(title.length * 7.2 + 64));
    const options = {
      ...CONTAINER_OPTIONS,
      'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
      'elk.nodeSize.minimum': `(${minWidth}, 140)`,
    };
    return {
      id: node.id,
      children: kids,
      layoutOptions: options,
      ...(kids.length === 0 ? { width: minWidth, height: 160 } : {}),
    };
  };
  return {
    id: '__root__',
    layoutOptions: { ...ROOT_OPTIONS },
    children: childrenOf(index, undefined).map((id) => build(index.nodes.get(id)!)),
    edges: design.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
}

/** Writes ELK's positions (relative to each parent, as the design stores them) and container sizes back. */
export function applyElkLayout(design: DesignDocument, laidOut: ElkNode): DesignDocument {
  const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
  const walk = (n: ElkNode) => {
    for (const child of n.children ?? []) {
      boxes.set(child.id, {
        x: Math.round(child.x ?? 0),
        y: Math.round(child.y ?? 0),
        width: Math.round(child.width ?? 0),
        height: Math.round(child.height ?? 0),
      });
      walk(child);
    }
  };
  walk(laidOut);
  return {
    ...design,
    nodes: design.nodes.map((node) => {
      const b = boxes.get(node.id);
      if (!b) return node;
      const next: DesignNode = { ...node, position: { x: b.x, y: b.y } };
      if (getEntry(node.service)?.kind === 'container')
        next.size = { width: b.width, height: b.height };
      else delete next.size;
      return next;
    }),
  };
}
