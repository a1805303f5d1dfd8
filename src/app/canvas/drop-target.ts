import { canPlace, getEntry } from '../../core/catalog/index.ts';
import { absoluteBox, type Box } from '../../core/layout/geometry.ts';
import { ancestorsOf, descendantsOf, type DesignIndex } from '../../core/model/graph.ts';

export interface DropTarget {
  /** Container id, or undefined for the top level. */
  parent: string | undefined;
  /** Position relative to that container. */
  position: { x: number; y: number };
}

/**
 * The innermost container under a point (flow coordinates), skipping `exclude` and its
 * descendants (a node cannot be dropped into itself). Returns the relative position there.
 */
export function containerAt(
  point: { x: number; y: number },
  index: DesignIndex,
  boxes: ReadonlyMap<string, Box>,
  exclude?: string,
): DropTarget {
  const banned = new Set<string>();
  if (exclude) {
    banned.add(exclude);
    for (const d of descendantsOf(index, exclude)) banned.add(d);
  }
  let best: { id: string; box: Box; depth: number } | null = null;
  for (const node of index.nodes.values()) {
    if (banned.has(node.id) || getEntry(node.service)?.kind !== 'container') continue;
    const box = absoluteBox(boxes, index, node.id);
    if (
      point.x < box.x ||
      point.y < box.y ||
      point.x > box.x + box.width ||
      point.y > box.y + box.height
    )
      continue;
    const depth = ancestorsOf(index, node.id).length;
    if (!best || depth > best.depth) best = { id: node.id, box, depth };
  }
  if (!best)
    return { parent: undefined, position: { x: Math.round(point.x), y: Math.round(point.y) } };
  return {
    parent: best.id,
    position: { x: Math.round(point.x - best.box.x), y: Math.round(point.y - best.box.y) },
  };
}

/** Whether `service` may go into container `parent` of this design (undefined: top level). */
export function placementIn(index: DesignIndex, service: string, parent: string | undefined) {
  if (parent === undefined) return canPlace(service, null);
  const p = index.nodes.get(parent);
  if (!p) return canPlace(service, null);
  return canPlace(
    service,
    p.service,
    ancestorsOf(index, parent).map((a) => a.service),
  );
}
