import { canConnect, canPlace, getEntry, EDGE_MEANINGS } from '../catalog/index.ts';
import type { CatalogEntry, PropertySpec } from '../catalog/types.ts';
import {
  cidrContains,
  cidrOverlaps,
  cidrProblem,
  formatCidr,
  parseCidr,
  type Cidr,
} from './cidr.ts';
import { ancestorsOf, indexDesign, type DesignIndex } from './graph.ts';
import type { DesignDocument, DesignError, DesignNode, PropValue } from './types.ts';

const SUBNETS = ['public-subnet', 'private-subnet', 'outpost-subnet'];
const MEANINGS = new Set<string>(EDGE_MEANINGS);

/** Region codes a design may name: the Region container's allowed values (the priced Regions). */
export const KNOWN_REGIONS: readonly string[] =
  (getEntry('region')?.properties.find((p) => p.key === 'region')?.allowed as
    string[] | undefined) ?? [];

function describe(node: DesignNode): string {
  return node.label ? `"${node.label}" (${node.id})` : node.id;
}

/** Why a property value is wrong for its spec, or null when it is fine. */
export function propertyProblem(spec: PropertySpec, value: PropValue): string | null {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean'
        ? null
        : `expected true or false, got ${JSON.stringify(value)}`;
    case 'string':
      return typeof value === 'string' ? null : `expected text, got ${JSON.stringify(value)}`;
    case 'cidr':
      return typeof value === 'string'
        ? cidrProblem(value)
        : `expected a CIDR block, got ${JSON.stringify(value)}`;
    case 'string-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? null
        : `expected a list of text values, got ${JSON.stringify(value)}`;
    case 'enum':
      return spec.allowed?.includes(value as string | number)
        ? null
        : `${JSON.stringify(value)} is not one of ${spec.allowed?.map((a) => JSON.stringify(a)).join(', ')}`;
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `expected a number, got ${JSON.stringify(value)}`;
      if (spec.type === 'integer' && !Number.isInteger(value))
        return `expected a whole number, got ${value}`;
      const unit = spec.unit ? ` ${spec.unit}` : '';
      if (spec.min !== undefined && value < spec.min) {
        return `${value}${unit} is below the minimum ${spec.min}${unit} (allowed ${spec.min}-${spec.max ?? '∞'}${unit})`;
      }
      if (spec.max !== undefined && value > spec.max) {
        return `${value}${unit} is above the maximum ${spec.max}${unit} (allowed ${spec.min ?? 0}-${spec.max}${unit})`;
      }
      return null;
    }
  }
}

function checkNodeFields(
  node: DesignNode,
  i: number,
  entry: CatalogEntry,
  out: DesignError[],
): void {
  const at = (field: string) => ({ path: `nodes[${i}].${field}`, nodeId: node.id, field });
  if (node.props !== undefined) {
    const specs = new Map(entry.properties.map((p) => [p.key, p]));
    for (const [key, value] of Object.entries(node.props)) {
      const spec = specs.get(key);
      if (!spec) {
        out.push({
          code: 'unknown-property',
          message: `node ${describe(node)}: ${entry.name} has no property "${key}"`,
          ...at(`props.${key}`),
        });
        continue;
      }
      const problem = propertyProblem(spec, value);
      if (problem)
        out.push({
          code: 'invalid-property',
          message: `node ${describe(node)}, ${spec.label} (props.${key}): ${problem}`,
          ...at(`props.${key}`),
        });
    }
  }
  if (node.usage !== undefined) {
    const specs = new Map(entry.usage.map((u) => [u.key, u]));
    for (const [key, value] of Object.entries(node.usage)) {
      const spec = specs.get(key);
      if (!spec) {
        out.push({
          code: 'unknown-usage',
          message: `node ${describe(node)}: ${entry.name} has no usage input "${key}"`,
          ...at(`usage.${key}`),
        });
      } else if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        value < (spec.min ?? 0) ||
        (spec.max !== undefined && value > spec.max)
      ) {
        out.push({
          code: 'invalid-usage',
          message: `node ${describe(node)}, ${spec.label} (usage.${key}): expected a number from ${spec.min ?? 0}${spec.max !== undefined ? ` to ${spec.max}` : ''} ${spec.unit}, got ${JSON.stringify(value)}`,
          ...at(`usage.${key}`),
        });
      }
    }
  }
}

function propOf(node: DesignNode, key: string): PropValue | undefined {
  if (node.props && key in node.props) return node.props[key];
  return getEntry(node.service)?.properties.find((p) => p.key === key)?.default;
}

function checkSubnets(
  design: DesignDocument,
  index: DesignIndex,
  positions: Map<string, number>,
  out: DesignError[],
): void {
  const perVpc = new Map<string, { node: DesignNode; cidr: Cidr }[]>();
  for (const node of design.nodes) {
    if (!SUBNETS.includes(node.service)) continue;
    const raw = propOf(node, 'cidr');
    const cidr = typeof raw === 'string' ? parseCidr(raw) : null;
    if (!cidr) continue;
    const vpc = ancestorsOf(index, node.id).find((a) => a.service === 'vpc');
    if (!vpc) continue;
    const vpcRaw = propOf(vpc, 'cidr');
    const vpcCidr = typeof vpcRaw === 'string' ? parseCidr(vpcRaw) : null;
    const at = {
      path: `nodes[${positions.get(node.id)}].props.cidr`,
      nodeId: node.id,
      field: 'props.cidr',
    };
    if (vpcCidr && !cidrContains(vpcCidr, cidr)) {
      out.push({
        code: 'cidr-outside-vpc',
        message: `node ${describe(node)}: subnet CIDR ${formatCidr(cidr)} is outside its VPC ${describe(vpc)} range ${formatCidr(vpcCidr)}`,
        ...at,
      });
    }
    const list = perVpc.get(vpc.id) ?? [];
    list.push({ node, cidr });
    perVpc.set(vpc.id, list);
  }
  for (const list of perVpc.values()) {
    // Sorted by start, an overlap always shows between a block and one of the blocks before it
    // that reaches furthest: O(n log n) instead of comparing every pair.
    list.sort((a, b) => a.cidr.start - b.cidr.start);
    let reach: { node: DesignNode; cidr: Cidr } | null = null;
    for (const item of list) {
      if (reach && cidrOverlaps(reach.cidr, item.cidr)) {
        out.push({
          code: 'cidr-overlap',
          message: `node ${describe(item.node)}: subnet CIDR ${formatCidr(item.cidr)} overlaps subnet ${describe(reach.node)} (${formatCidr(reach.cidr)}) in the same VPC`,
          path: `nodes[${positions.get(item.node.id)}].props.cidr`,
          nodeId: item.node.id,
          field: 'props.cidr',
        });
      }
      if (!reach || item.cidr.end > reach.cidr.end) reach = item;
    }
  }
}

/**
 * Every problem with a structurally sound design: catalog references, containment, edges and
 * property values. `restoreDesign` has already checked the shape (types of fields).
 */
export function checkDesign(
  design: DesignDocument,
  index: DesignIndex = indexDesign(design),
): DesignError[] {
  const out: DesignError[] = [];
  if (!KNOWN_REGIONS.includes(design.defaultRegion)) {
    out.push({
      code: 'unknown-region',
      message: `defaultRegion "${design.defaultRegion}" is not a known Region code (one of ${KNOWN_REGIONS.join(', ')})`,
      path: 'defaultRegion',
      field: 'defaultRegion',
    });
  }
  const positions = new Map<string, number>();
  design.nodes.forEach((node, i) => {
    if (positions.has(node.id)) {
      out.push({
        code: 'duplicate-id',
        message: `node id "${node.id}" is used more than once (nodes[${positions.get(node.id)}] and nodes[${i}])`,
        path: `nodes[${i}].id`,
        nodeId: node.id,
        field: 'id',
      });
    } else positions.set(node.id, i);
  });
  const cyclic = new Set<string>();
  design.nodes.forEach((node, i) => {
    const entry = getEntry(node.service);
    if (!entry) {
      out.push({
        code: 'unknown-service',
        message: `node ${describe(node)}: unknown service "${node.service}"`,
        path: `nodes[${i}].service`,
        nodeId: node.id,
        field: 'service',
      });
      return;
    }
    checkNodeFields(node, i, entry, out);
    const parentAt = { path: `nodes[${i}].parent`, nodeId: node.id, field: 'parent' };
    if (node.parent === undefined) {
      const verdict = canPlace(node.service, null);
      if (!verdict.ok)
        out.push({
          code: 'placement',
          message: `node ${describe(node)}: ${verdict.reason}`,
          ...parentAt,
        });
      return;
    }
    const parent = index.nodes.get(node.parent);
    if (!parent) {
      out.push({
        code: 'missing-parent',
        message: `node ${describe(node)}: parent "${node.parent}" does not exist`,
        ...parentAt,
      });
      return;
    }
    const parentEntry = getEntry(parent.service);
    if (!parentEntry) return;
    if (parentEntry.kind !== 'container') {
      out.push({
        code: 'parent-not-container',
        message: `node ${describe(node)}: parent ${describe(parent)} is ${parentEntry.name}, which is not a container`,
        ...parentAt,
      });
      return;
    }
    const ancestors = ancestorsOf(index, node.id);
    if (ancestors.some((a) => a.id === node.id) || walksIntoCycle(index, node.id)) {
      if (!cyclic.has(node.id)) {
        out.push({
          code: 'containment-cycle',
          message: `node ${describe(node)}: containment cycle (a container ends up inside itself)`,
          ...parentAt,
        });
        cyclic.add(node.id);
      }
      return;
    }
    const verdict = canPlace(
      node.service,
      parent.service,
      ancestors.slice(1).map((a) => a.service),
    );
    if (!verdict.ok)
      out.push({
        code: 'placement',
        message: `node ${describe(node)} in ${describe(parent)}: ${verdict.reason}`,
        ...parentAt,
      });
  });
  checkSubnets(design, index, positions, out);
  const edgeIds = new Set<string>();
  design.edges.forEach((edge, i) => {
    const at = (field: string) => ({ path: `edges[${i}].${field}`, edgeId: edge.id, field });
    if (edgeIds.has(edge.id))
      out.push({
        code: 'duplicate-id',
        message: `edge id "${edge.id}" is used more than once`,
        ...at('id'),
      });
    edgeIds.add(edge.id);
    if (positions.has(edge.id))
      out.push({
        code: 'duplicate-id',
        message: `edge id "${edge.id}" is also a node id`,
        ...at('id'),
      });
    const source = index.nodes.get(edge.source);
    const target = index.nodes.get(edge.target);
    if (!source)
      out.push({
        code: 'missing-endpoint',
        message: `edge ${edge.id}: source node "${edge.source}" does not exist`,
        ...at('source'),
      });
    if (!target)
      out.push({
        code: 'missing-endpoint',
        message: `edge ${edge.id}: target node "${edge.target}" does not exist`,
        ...at('target'),
      });
    if (!source || !target) return;
    if (edge.source === edge.target) {
      out.push({
        code: 'self-edge',
        message: `edge ${edge.id}: connects ${describe(source)} to itself`,
        ...at('target'),
      });
      return;
    }
    if (edge.meaning !== undefined && !MEANINGS.has(edge.meaning)) {
      out.push({
        code: 'invalid-meaning',
        message: `edge ${edge.id}: unknown meaning "${edge.meaning}"`,
        ...at('meaning'),
      });
    }
    if (!getEntry(source.service) || !getEntry(target.service)) return;
    const verdict = canConnect(source.service, target.service);
    if (!verdict.ok)
      out.push({
        code: 'forbidden-edge',
        message: `edge ${edge.id} from ${describe(source)} to ${describe(target)}: ${verdict.reason}`,
        ...at('target'),
      });
  });
  return out;
}

function walksIntoCycle(index: DesignIndex, id: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined) {
    if (seen.has(current)) return current === id || seen.has(current);
    seen.add(current);
    current = index.nodes.get(current)?.parent;
  }
  return false;
}
