import { getEntry } from '../catalog/index.ts';
import { childrenOf, indexDesign, type DesignIndex } from '../model/graph.ts';
import type { DesignDocument } from '../model/types.ts';

/** Drawn size of a service node (icon and two lines of label), px. */
export const SERVICE_SIZE = { width: 128, height: 96 } as const;
/** Space inside a container: header band with its icon and title, and side padding, px. */
export const CONTAINER_PADDING = { top: 44, side: 24, bottom: 24 } as const;
export const MIN_CONTAINER = { width: 240, height: 160 } as const;
const GAP = 32;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Resolves every node's box (position relative to its parent, and size): nodes without a position
 * are placed in rows after the positioned ones, and every container grows to hold its children.
 * Pure and deterministic, so the canvas, the exporters' diagram and the tests agree.
 */
export function resolveGeometry(
  design: DesignDocument,
  index: DesignIndex = indexDesign(design),
): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const visiting = new Set<string>();

  function sizeOf(id: string): Box {
    const done = boxes.get(id);
    if (done) return done;
    const node = index.nodes.get(id)!;
    const isContainer = getEntry(node.service)?.kind === 'container';
    const box: Box = {
      x: node.position?.x ?? Number.NaN,
      y: node.position?.y ?? Number.NaN,
      width: SERVICE_SIZE.width,
      height: SERVICE_SIZE.height,
    };
    if (!isContainer || visiting.has(id)) {
      boxes.set(id, box);
      return box;
    }
    visiting.add(id);
    const kids = childrenOf(index, id).map((k) => ({ id: k, box: sizeOf(k) }));
    placeUnpositioned(
      kids.map((k) => k.box),
      CONTAINER_PADDING.side,
      CONTAINER_PADDING.top,
    );
    // A drawn size (from the user or ELK) is the floor; without one, a small empty container still shows.
    let right: number = node.size ? 0 : MIN_CONTAINER.width;
    let bottom: number = node.size ? 0 : MIN_CONTAINER.height;
    for (const k of kids) {
      right = Math.max(right, k.box.x + k.box.width + CONTAINER_PADDING.side);
      bottom = Math.max(bottom, k.box.y + k.box.height + CONTAINER_PADDING.bottom);
    }
    box.width = Math.max(node.size?.width ?? 0, right);
    box.height = Math.max(node.size?.height ?? 0, bottom);
    visiting.delete(id);
    boxes.set(id, box);
    return box;
  }

  const top = childrenOf(index, undefined).map((id) => sizeOf(id));
  placeUnpositioned(top, 0, 0);
  for (const id of index.nodes.keys()) {
    const b = sizeOf(id);
    if (Number.isNaN(b.x)) b.x = 0;
    if (Number.isNaN(b.y)) b.y = 0;
  }
  return boxes;
}

/** Puts boxes without a position in rows below the positioned ones (max ~4 per row). */
function placeUnpositioned(boxes: Box[], left: number, topEdge: number): void {
  const loose = boxes.filter((b) => Number.isNaN(b.x) || Number.isNaN(b.y));
  if (loose.length === 0) return;
  let y = topEdge;
  for (const b of boxes)
    if (!Number.isNaN(b.y) && !Number.isNaN(b.x)) y = Math.max(y, b.y + b.height + GAP);
  const perRow = Math.max(1, Math.ceil(Math.sqrt(loose.length * 1.5)));
  for (let i = 0; i < loose.length; i += perRow) {
    const row = loose.slice(i, i + perRow);
    let x = left;
    let rowHeight = 0;
    for (const b of row) {
      b.x = x;
      b.y = y;
      x += b.width + GAP;
      rowHeight = Math.max(rowHeight, b.height);
    }
    y += rowHeight + GAP;
  }
}

/** Absolute position of a node's box (sum of its ancestors' positions). */
export function absoluteBox(boxes: ReadonlyMap<string, Box>, index: DesignIndex, id: string): Box {
  const own = boxes.get(id)!;
  let x = own.x;
  let y = own.y;
  let parent = index.nodes.get(id)?.parent;
  const seen = new Set([id]);
  while (parent !== undefined && !seen.has(parent)) {
    seen.add(parent);
    const p = boxes.get(parent);
    if (!p) break;
    x += p.x;
    y += p.y;
    parent = index.nodes.get(parent)?.parent;
  }
  return { x, y, width: own.width, height: own.height };
}
