/**
 * Small builders for valid design documents in tests and rule fixtures. Every helper returns plain
 * nodes and edges; `design(...)` wraps them in a document that `restoreDesign` accepts as long as
 * the placements and connections are ones the catalog allows.
 */
import { canConnect } from '../src/core/catalog/index.ts';
import type {
  DesignDocument,
  DesignEdge,
  DesignNode,
  PropValue,
  WorkloadContext,
} from '../src/core/model/types.ts';

/** A design named 'Fixture' (default Region us-east-1) holding these nodes and edges. */
export function design(
  nodes: DesignNode[],
  edges: DesignEdge[] = [],
  context?: WorkloadContext,
): DesignDocument {
  const doc: DesignDocument = {
    format: 'cloudwright',
    version: 1,
    name: 'Fixture',
    defaultRegion: 'us-east-1',
    nodes,
    edges,
  };
  if (context) doc.context = context;
  return doc;
}

/** Any node; `props` only when given, so catalog defaults apply otherwise. */
export function node(
  id: string,
  service: string,
  parent?: string,
  props?: Record<string, PropValue>,
): DesignNode {
  const n: DesignNode = { id, service };
  if (parent !== undefined) n.parent = parent;
  if (props) n.props = { ...props };
  return n;
}

/** A Region container with its code (e.g. 'eu-west-1'). */
export function region(
  id: string,
  code: string,
  props: Record<string, PropValue> = {},
): DesignNode {
  return node(id, 'region', undefined, { region: code, ...props });
}

/** A VPC inside a Region container. */
export function vpc(
  id: string,
  parent: string,
  cidr = '10.0.0.0/16',
  props: Record<string, PropValue> = {},
): DesignNode {
  return node(id, 'vpc', parent, { cidr, ...props });
}

/** An Availability Zone inside a VPC or Region; `zone` is the letter (a-f). */
export function az(id: string, parent: string, zone = 'a'): DesignNode {
  return node(id, 'availability-zone', parent, { zone });
}

/** A public or private subnet inside a VPC or an AZ of one. */
export function subnet(
  id: string,
  parent: string,
  kind: 'public' | 'private',
  cidr: string,
  props: Record<string, PropValue> = {},
): DesignNode {
  return node(id, `${kind}-subnet`, parent, { cidr, ...props });
}

/**
 * An edge from `source` to `target`. Given node objects, it carries the meaning the catalog gives
 * the pair and throws when the catalog does not allow the connection, so a broken fixture fails
 * where it is written rather than in restore. Given ids, the meaning is left to the catalog default.
 */
export function edge(
  source: DesignNode | string,
  target: DesignNode | string,
  id?: string,
): DesignEdge {
  const s = typeof source === 'string' ? source : source.id;
  const t = typeof target === 'string' ? target : target.id;
  const e: DesignEdge = { id: id ?? `${s}--${t}`, source: s, target: t };
  if (typeof source !== 'string' && typeof target !== 'string') {
    const verdict = canConnect(source.service, target.service);
    if (!verdict.ok) throw new Error(`fixture edge ${s} -> ${t}: ${verdict.reason}`);
    e.meaning = verdict.meaning;
  }
  return e;
}

/** Ids of the standard network built by `network()`. */
export interface Network {
  nodes: DesignNode[];
  region: string;
  vpc: string;
  /** One entry per AZ, in order: the AZ id and its public and private subnet ids. */
  zones: { az: string; public: string; private: string }[];
}

/**
 * A Region with a VPC spanning `zones` AZs, each with one public and one private subnet.
 * Ids are prefixed with `prefix` (default ''): `<p>region`, `<p>vpc`, `<p>az1`, `<p>pub1`,
 * `<p>prv1`, `<p>az2`, ... `second` picks the VPC's second octet so two networks do not overlap.
 */
export function network(
  options: { prefix?: string; code?: string; zones?: number; second?: number } = {},
): Network {
  const p = options.prefix ?? '';
  const count = options.zones ?? 2;
  const base = `10.${options.second ?? 0}`;
  const nodes: DesignNode[] = [
    region(`${p}region`, options.code ?? 'us-east-1'),
    vpc(`${p}vpc`, `${p}region`, `${base}.0.0/16`),
  ];
  const zones: Network['zones'] = [];
  for (let i = 1; i <= count; i += 1) {
    const ids = { az: `${p}az${i}`, public: `${p}pub${i}`, private: `${p}prv${i}` };
    nodes.push(
      az(ids.az, `${p}vpc`, 'abcdef'[i - 1]),
      subnet(ids.public, ids.az, 'public', `${base}.${i}.0/24`),
      subnet(ids.private, ids.az, 'private', `${base}.${100 + i}.0/24`),
    );
    zones.push(ids);
  }
  return { nodes, region: `${p}region`, vpc: `${p}vpc`, zones };
}

/** Same as `vpcWithSubnets` in the brief: `network()` under its other name. */
export const vpcWithSubnets = network;

/**
 * A rule's fixtures, exported as `fixtures` from `<rule-id>.fixtures.ts`: designs the rule must
 * pass, and designs it must flag with a finding naming (at least) `nodes`.
 */
export interface RuleFixtures {
  compliant: DesignDocument[];
  nonCompliant: { design: DesignDocument; nodes: string[] }[];
}

const standard = network();

/** The standard network with these nodes, as `[id, service, props?]`, in its first private subnet. */
export function inPrivateSubnet(
  ...nodes: [string, string, Record<string, PropValue>?][]
): DesignDocument {
  const subnetId = standard.zones[0].private;
  return design([
    ...standard.nodes,
    ...nodes.map(([id, service, props]) => node(id, service, subnetId, props)),
  ]);
}

/** A non-compliant fixture: one node with these settings in the standard network's private subnet. */
export function flagged(
  id: string,
  service: string,
  props: Record<string, PropValue>,
): { design: DesignDocument; nodes: string[] } {
  return { design: inPrivateSubnet([id, service, props]), nodes: [id] };
}
