import { descendantsOf, indexDesign } from './graph.ts';
import { freeId } from './ops.ts';
import type { DesignDocument, DesignEdge, DesignNode, Point, Result } from './types.ts';
import { canPlace } from '../catalog/index.ts';
import { ancestorsOf } from './graph.ts';

/** A self-contained piece of a design: nodes (with their descendants) and the edges among them. */
export interface Fragment {
  nodes: DesignNode[];
  edges: DesignEdge[];
}

/**
 * Copies the given nodes and everything inside them, with the edges whose both ends are copied.
 * Top nodes of the fragment lose their parent; positions stay relative.
 */
export function copyFragment(design: DesignDocument, ids: readonly string[]): Fragment {
  const index = indexDesign(design);
  const chosen = new Set<string>();
  for (const id of ids) {
    if (!index.nodes.has(id)) continue;
    chosen.add(id);
    for (const d of descendantsOf(index, id)) chosen.add(d);
  }
  const nodes = design.nodes
    .filter((n) => chosen.has(n.id))
    .map((n) => {
      const copy: DesignNode = structuredClone(n);
      if (copy.parent !== undefined && !chosen.has(copy.parent)) delete copy.parent;
      return copy;
    });
  const edges = design.edges
    .filter((e) => chosen.has(e.source) && chosen.has(e.target))
    .map((e) => ({ ...e }));
  return { nodes, edges };
}

/**
 * Pastes a fragment with fresh ids into `parent` (or the top level), its top nodes offset so the
 * fragment's top-left corner lands at `at`. Refused, with the reason, where the catalog forbids it.
 */
export function pasteFragment(
  design: DesignDocument,
  fragment: Fragment,
  parent: string | undefined,
  at?: Point,
): Result<{ design: DesignDocument; ids: string[] }> {
  const index = indexDesign(design);
  const parentNode = parent ? index.nodes.get(parent) : undefined;
  const chain = parent
    ? [parentNode?.service ?? '', ...ancestorsOf(index, parent).map((a) => a.service)]
    : [];
  const tops = fragment.nodes.filter((n) => n.parent === undefined);
  for (const top of tops) {
    const verdict = canPlace(top.service, parentNode?.service ?? null, chain.slice(1));
    if (!verdict.ok)
      return {
        ok: false,
        errors: [{ code: 'placement', message: verdict.reason, path: '', nodeId: top.id }],
      };
  }
  const taken = new Set([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
  const rename = new Map<string, string>();
  for (const n of fragment.nodes) {
    const id = freeId(design, n.id.replace(/-\d+$/, ''), taken);
    taken.add(id);
    rename.set(n.id, id);
  }
  const minX = Math.min(...tops.map((n) => n.position?.x ?? 0));
  const minY = Math.min(...tops.map((n) => n.position?.y ?? 0));
  const nodes = fragment.nodes.map((n) => {
    const copy: DesignNode = { ...structuredClone(n), id: rename.get(n.id)! };
    if (n.parent !== undefined) copy.parent = rename.get(n.parent);
    else {
      if (parent !== undefined) copy.parent = parent;
      if (at)
        copy.position = {
          x: Math.round(at.x + (n.position?.x ?? 0) - minX),
          y: Math.round(at.y + (n.position?.y ?? 0) - minY),
        };
    }
    return copy;
  });
  const edges = fragment.edges.map((e) => {
    const id = freeId(design, 'e', taken);
    taken.add(id);
    return { ...e, id, source: rename.get(e.source)!, target: rename.get(e.target)! };
  });
  return {
    ok: true,
    value: {
      design: { ...design, nodes: [...design.nodes, ...nodes], edges: [...design.edges, ...edges] },
      ids: tops.map((t) => rename.get(t.id)!),
    },
  };
}
