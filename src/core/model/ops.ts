import {
  canConnect,
  canPlace,
  EDGE_MEANINGS,
  getEntry,
  type EdgeMeaning,
} from '../catalog/index.ts';
import { propertyProblem } from './check.ts';
import { ancestorsOf, descendantsOf, indexDesign } from './graph.ts';
import type {
  DesignDocument,
  DesignEdge,
  DesignError,
  DesignNode,
  Point,
  PropValue,
  Result,
} from './types.ts';

/**
 * Edits of a design as pure functions: each returns a new document (untouched parts shared) or
 * the reasons it refused. The editor, the importer and the tests all go through these.
 */

function refuse(code: string, message: string, extra: Partial<DesignError> = {}): Result<never> {
  return { ok: false, errors: [{ code, message, path: '', ...extra }] };
}

/** An id not used by any node or edge: `<base>-<n>` with the smallest free n. */
export function freeId(
  design: Pick<DesignDocument, 'nodes' | 'edges'>,
  base: string,
  taken?: Set<string>,
): string {
  const used =
    taken ?? new Set([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
  const stem = base.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 56) || 'node';
  for (let n = 1; ; n += 1) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
}

function placementVerdict(design: DesignDocument, service: string, parentId: string | undefined) {
  if (parentId === undefined) return canPlace(service, null);
  const index = indexDesign(design);
  const parent = index.nodes.get(parentId);
  if (!parent) return { ok: false as const, reason: `Container "${parentId}" does not exist.` };
  return canPlace(
    service,
    parent.service,
    ancestorsOf(index, parentId).map((a) => a.service),
  );
}

export interface NewNode {
  service: string;
  parent?: string;
  label?: string;
  props?: Record<string, PropValue>;
  usage?: Record<string, number>;
  position?: Point;
  id?: string;
}

/** Adds a node where the catalog allows it. */
export function addNode(
  design: DesignDocument,
  input: NewNode,
): Result<{ design: DesignDocument; id: string }> {
  const entry = getEntry(input.service);
  if (!entry)
    return refuse('unknown-service', `Unknown service "${input.service}".`, { field: 'service' });
  const verdict = placementVerdict(design, input.service, input.parent);
  if (!verdict.ok) return refuse('placement', verdict.reason, { field: 'parent' });
  const id = input.id ?? freeId(design, input.service);
  if (design.nodes.some((n) => n.id === id) || design.edges.some((e) => e.id === id)) {
    return refuse('duplicate-id', `Id "${id}" is already used.`, { nodeId: id, field: 'id' });
  }
  const node: DesignNode = { id, service: input.service };
  if (input.label !== undefined) node.label = input.label;
  if (input.parent !== undefined) node.parent = input.parent;
  if (input.props) node.props = { ...input.props };
  if (input.usage) node.usage = { ...input.usage };
  if (input.position) node.position = { ...input.position };
  const checked = input.props ? validateProps(node, input.props) : null;
  if (checked) return { ok: false, errors: checked };
  return { ok: true, value: { design: { ...design, nodes: [...design.nodes, node] }, id } };
}

function replaceNode(
  design: DesignDocument,
  id: string,
  update: (n: DesignNode) => DesignNode,
): DesignDocument {
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? update(n) : n)) };
}

/** Moves a node within its container (layout only). */
export function moveNode(
  design: DesignDocument,
  id: string,
  position: Point,
): Result<DesignDocument> {
  if (!design.nodes.some((n) => n.id === id))
    return refuse('missing-node', `Node "${id}" does not exist.`, { nodeId: id });
  return {
    ok: true,
    value: replaceNode(design, id, (n) => ({ ...n, position: { x: position.x, y: position.y } })),
  };
}

/** Puts a node into another container (or the top level, `parent` undefined) if the catalog allows it. */
export function reparentNode(
  design: DesignDocument,
  id: string,
  parent: string | undefined,
  position?: Point,
): Result<DesignDocument> {
  const index = indexDesign(design);
  const node = index.nodes.get(id);
  if (!node) return refuse('missing-node', `Node "${id}" does not exist.`, { nodeId: id });
  if (parent !== undefined && (parent === id || descendantsOf(index, id).includes(parent))) {
    return refuse(
      'containment-cycle',
      'A container cannot be moved into itself or one of its children.',
      { nodeId: id, field: 'parent' },
    );
  }
  const verdict = placementVerdict(design, node.service, parent);
  if (!verdict.ok) return refuse('placement', verdict.reason, { nodeId: id, field: 'parent' });
  return {
    ok: true,
    value: replaceNode(design, id, (n) => {
      const next: DesignNode = { ...n };
      if (parent === undefined) delete next.parent;
      else next.parent = parent;
      if (position) next.position = { ...position };
      return next;
    }),
  };
}

/** Connects two nodes if the catalog has an integration between their services. */
export function connect(
  design: DesignDocument,
  source: string,
  target: string,
  options: { label?: string; id?: string } = {},
): Result<{ design: DesignDocument; id: string }> {
  const index = indexDesign(design);
  const s = index.nodes.get(source);
  const t = index.nodes.get(target);
  if (!s || !t) return refuse('missing-endpoint', `Both ends must exist (${source} -> ${target}).`);
  if (source === target) return refuse('self-edge', 'A node cannot be connected to itself.');
  if (design.edges.some((e) => e.source === source && e.target === target)) {
    return refuse('duplicate-edge', 'These two nodes are already connected in that direction.');
  }
  const verdict = canConnect(s.service, t.service);
  if (!verdict.ok) return refuse('forbidden-edge', verdict.reason);
  const id = options.id ?? freeId(design, 'e');
  const edge: DesignEdge = {
    id,
    source,
    target,
    meaning: verdict.meaning,
    label: options.label ?? verdict.label,
  };
  return { ok: true, value: { design: { ...design, edges: [...design.edges, edge] }, id } };
}

/** Removes nodes, everything inside them and every edge touching them. */
export function removeNodes(design: DesignDocument, ids: readonly string[]): DesignDocument {
  const index = indexDesign(design);
  const gone = new Set<string>();
  for (const id of ids) {
    if (!index.nodes.has(id)) continue;
    gone.add(id);
    for (const d of descendantsOf(index, id)) gone.add(d);
  }
  if (gone.size === 0) return design;
  return {
    ...design,
    nodes: design.nodes.filter((n) => !gone.has(n.id)),
    edges: design.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
  };
}

export function removeEdges(design: DesignDocument, ids: readonly string[]): DesignDocument {
  const gone = new Set(ids);
  return { ...design, edges: design.edges.filter((e) => !gone.has(e.id)) };
}

function validateProps(
  node: DesignNode,
  patch: Record<string, PropValue | undefined>,
): DesignError[] | null {
  const entry = getEntry(node.service);
  if (!entry)
    return [
      {
        code: 'unknown-service',
        message: `Unknown service "${node.service}".`,
        path: '',
        nodeId: node.id,
      },
    ];
  const errors: DesignError[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const spec = entry.properties.find((p) => p.key === key);
    if (!spec) {
      errors.push({
        code: 'unknown-property',
        message: `${entry.name} has no property "${key}".`,
        path: `props.${key}`,
        nodeId: node.id,
        field: `props.${key}`,
      });
    } else if (value !== undefined) {
      const problem = propertyProblem(spec, value);
      if (problem)
        errors.push({
          code: 'invalid-property',
          message: `${spec.label}: ${problem}`,
          path: `props.${key}`,
          nodeId: node.id,
          field: `props.${key}`,
        });
    }
  }
  return errors.length > 0 ? errors : null;
}

/** Sets (or, with undefined, clears back to the default) properties of a node, checked against the catalog. */
export function updateProps(
  design: DesignDocument,
  id: string,
  patch: Record<string, PropValue | undefined>,
): Result<DesignDocument> {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return refuse('missing-node', `Node "${id}" does not exist.`, { nodeId: id });
  const errors = validateProps(node, patch);
  if (errors) return { ok: false, errors };
  return {
    ok: true,
    value: replaceNode(design, id, (n) => {
      const props = { ...n.props };
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) delete props[key];
        else props[key] = value;
      }
      const next: DesignNode = { ...n, props };
      if (Object.keys(props).length === 0) delete next.props;
      return next;
    }),
  };
}

/** Sets usage assumptions of a node (undefined clears back to the default). */
export function updateUsage(
  design: DesignDocument,
  id: string,
  patch: Record<string, number | undefined>,
): Result<DesignDocument> {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return refuse('missing-node', `Node "${id}" does not exist.`, { nodeId: id });
  const entry = getEntry(node.service);
  for (const [key, value] of Object.entries(patch)) {
    const spec = entry?.usage.find((u) => u.key === key);
    if (!spec)
      return refuse(
        'unknown-usage',
        `${entry?.name ?? node.service} has no usage input "${key}".`,
        { nodeId: id, field: `usage.${key}` },
      );
    if (
      value !== undefined &&
      (!Number.isFinite(value) ||
        value < (spec.min ?? 0) ||
        (spec.max !== undefined && value > spec.max))
    ) {
      return refuse(
        'invalid-usage',
        `${spec.label} must be a number from ${spec.min ?? 0}${spec.max !== undefined ? ` to ${spec.max}` : ''} ${spec.unit}.`,
        { nodeId: id, field: `usage.${key}` },
      );
    }
  }
  return {
    ok: true,
    value: replaceNode(design, id, (n) => {
      const usage = { ...n.usage };
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) delete usage[key];
        else usage[key] = value;
      }
      const next: DesignNode = { ...n, usage };
      if (Object.keys(usage).length === 0) delete next.usage;
      return next;
    }),
  };
}

/** Sets a node's label, notes or tags. */
export function updateNodeText(
  design: DesignDocument,
  id: string,
  patch: { label?: string; notes?: string; tags?: Record<string, string> },
): Result<DesignDocument> {
  if (!design.nodes.some((n) => n.id === id))
    return refuse('missing-node', `Node "${id}" does not exist.`, { nodeId: id });
  return {
    ok: true,
    value: replaceNode(design, id, (n) => {
      const next = { ...n };
      for (const key of ['label', 'notes'] as const) {
        if (!(key in patch)) continue;
        const value = patch[key];
        if (value === undefined || value === '') delete next[key];
        else next[key] = value;
      }
      if ('tags' in patch) {
        if (!patch.tags || Object.keys(patch.tags).length === 0) delete next.tags;
        else next.tags = { ...patch.tags };
      }
      return next;
    }),
  };
}

/** Sets an edge's label. */
export function updateEdgeLabel(
  design: DesignDocument,
  id: string,
  label: string,
): Result<DesignDocument> {
  if (!design.edges.some((e) => e.id === id))
    return refuse('missing-edge', `Edge "${id}" does not exist.`, { edgeId: id });
  return {
    ok: true,
    value: { ...design, edges: design.edges.map((e) => (e.id === id ? { ...e, label } : e)) },
  };
}

/** A new, empty design. */
export function emptyDesign(name = 'Untitled design', defaultRegion = 'us-east-1'): DesignDocument {
  return { format: 'cloudwright', version: 1, name, defaultRegion, nodes: [], edges: [] };
}

/**
 * Sets what an edge means (the catalog's rule gives the default; a team may say more precisely,
 * e.g. that a function writes to a bucket it would by default read). Exporters read the meaning.
 */
export function updateEdgeMeaning(
  design: DesignDocument,
  id: string,
  meaning: EdgeMeaning,
): Result<DesignDocument> {
  if (!design.edges.some((e) => e.id === id))
    return refuse('missing-edge', `Edge "${id}" does not exist.`, { edgeId: id });
  if (!(EDGE_MEANINGS as readonly string[]).includes(meaning))
    return refuse('invalid-meaning', `"${meaning}" is not an edge meaning.`, { edgeId: id });
  return {
    ok: true,
    value: { ...design, edges: design.edges.map((e) => (e.id === id ? { ...e, meaning } : e)) },
  };
}
