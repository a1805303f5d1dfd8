/**
 * The state of one export: stacks per Region, the logical ids handed out, and the lookups the
 * network, service and wiring steps share. Built and thrown away inside `toCloudFormation`.
 */
import { getEntry } from '../catalog/index.ts';
import type { CatalogEntry } from '../catalog/types.ts';
import { ancestorsOf, indexDesign, nearestAncestor, type DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode } from '../model/types.ts';
import { LogicalIds } from './logical-ids.ts';
import type { CfnOutput, CfnParameter, CfnResourceDef, Json } from './template.ts';
import { getAtt, ref } from './template.ts';

/** Something a person must do because the template cannot. */
export interface ManualStep {
  node: string;
  service: string;
  reason: string;
}

export interface Statement {
  Effect: 'Allow';
  Action: string[];
  Resource: Json[];
  Condition?: Json;
}

/** One template under construction. */
export class Stack {
  readonly resources = new Map<string, CfnResourceDef>();
  readonly parameters = new Map<string, CfnParameter>();
  readonly conditions = new Map<string, Json>();
  readonly outputs = new Map<string, CfnOutput>();
  constructor(readonly region: string) {}
}

/** A node that becomes resources, with the logical ids of its catalog resources in catalog order. */
export interface NodeOut {
  node: DesignNode;
  entry: CatalogEntry;
  stack: Stack;
  /** Logical ids of `entry.cfn`, index for index; `ids[0]` is the primary resource. */
  ids: string[];
}

/** CloudFormation's limit on parameters per template. */
export const MAX_PARAMETERS = 200;

export const SUBNET_SERVICES: readonly string[] = [
  'public-subnet',
  'private-subnet',
  'outpost-subnet',
];

export class ExportContext {
  readonly index: DesignIndex;
  readonly ids = new LogicalIds();
  readonly manual: ManualStep[] = [];
  readonly stacks = new Map<string, Stack>();
  readonly outs = new Map<string, NodeOut>();
  /** IAM statements per compute node, filled by the wiring and turned into the role's policy. */
  readonly grants = new Map<string, Statement[]>();
  /** Statement lists of queue and topic policies, and the policies' logical ids, per target node. */
  readonly resourcePolicies = new Map<string, Json[]>();
  readonly resourcePolicyIds = new Map<string, string>();
  /** Methods of each REST API node, which its deployment must wait for. */
  readonly apiMethods = new Map<string, string[]>();
  /** Roles services assume for the wiring (EventBridge targets), by purpose and node. */
  readonly serviceRoles = new Map<string, { id: string; statements: Json[] }>();
  /** Security-group rules made so far, `from>to:port`, so that parallel edges make one. */
  readonly ingressRules = new Set<string>();
  /** Nodes whose resources were put in the VPC's subnets with a security group. */
  readonly placedInVpc = new Set<string>();
  /** The image parameter per Region stack and architecture, shared by every instance. */
  readonly imageParams = new Map<string, string>();
  /** Nodes whose edges belong to another node: EC2 instances of an Auto Scaling group, to the group. */
  readonly aliases = new Map<string, string>();
  /** The role (logical id) each compute node's statements go to. */
  readonly roles = new Map<string, string>();
  /** Security group logical id per node that sits in a VPC. */
  readonly securityGroups = new Map<string, string>();
  /** Availability Zone of each subnet: a key to compare zones and the value for `AvailabilityZone`. */
  readonly subnetZones = new Map<string, { key: string; value: Json }>();

  constructor(readonly design: DesignDocument) {
    this.index = indexDesign(design);
  }

  entryOf(nodeId: string): CatalogEntry | undefined {
    const n = this.index.nodes.get(nodeId);
    return n ? getEntry(n.service) : undefined;
  }

  /** Region code of a node: its Region container's, else the design's default. */
  regionOf(nodeId: string): string {
    let code = this.regions.get(nodeId);
    if (code === undefined) {
      const r = nearestAncestor(this.index, nodeId, ['region']);
      code = typeof r?.props?.region === 'string' ? r.props.region : this.design.defaultRegion;
      this.regions.set(nodeId, code);
    }
    return code;
  }

  private readonly regions = new Map<string, string>();
  private readonly vpcs = new Map<string, DesignNode | undefined>();

  stackFor(region: string): Stack {
    let s = this.stacks.get(region);
    if (!s) {
      s = new Stack(region);
      this.stacks.set(region, s);
    }
    return s;
  }

  stackOf(nodeId: string): Stack {
    return this.stackFor(this.regionOf(nodeId));
  }

  /** Adds a resource with the Cloudwright metadata that ties it to its design node (and edge). */
  add(
    stack: Stack,
    id: string,
    type: string,
    props: Record<string, Json>,
    nodeId: string,
    extra: Partial<CfnResourceDef> & { edge?: string } = {},
  ): CfnResourceDef {
    const { edge, ...rest } = extra;
    const meta: Record<string, Json> = { node: nodeId };
    if (edge) meta.edge = edge;
    const def: CfnResourceDef = { Type: type, ...rest, Metadata: { Cloudwright: meta } };
    if (Object.keys(props).length > 0) def.Properties = props;
    stack.resources.set(id, def);
    return def;
  }

  /** Properties of a resource, created when absent. */
  props(stack: Stack, id: string): Record<string, Json> {
    const def = stack.resources.get(id);
    if (!def) throw new Error(`no resource ${id}`);
    def.Properties ??= {};
    return def.Properties;
  }

  /** Adds a logical id to a resource's DependsOn, once. */
  dependsOn(stack: Stack, id: string, on: string): void {
    const def = stack.resources.get(id);
    if (!def || id === on) return;
    def.DependsOn ??= [];
    if (!def.DependsOn.includes(on)) def.DependsOn.push(on);
  }

  note(nodeId: string, reason: string): void {
    const n = this.index.nodes.get(nodeId);
    const step = { node: nodeId, service: n?.service ?? '', reason };
    if (!this.manual.some((m) => m.node === step.node && m.reason === step.reason))
      this.manual.push(step);
  }

  describe(nodeId: string): string {
    const n = this.index.nodes.get(nodeId);
    return n?.label ? `"${n.label}"` : nodeId;
  }

  /**
   * A value referring to another node's resource from `fromNode`'s stack: Ref or GetAtt in the same
   * stack. Across Regions no reference can reach it, so the stack gets a parameter to fill with the
   * other stack's output, and the user a manual step saying so.
   */
  refTo(fromNode: string, target: string, attribute?: string, index = 0): Json | null {
    const out = this.outs.get(target);
    const id = out?.ids[index];
    if (!out || !id) return null;
    const from = this.stackOf(fromNode);
    if (from === out.stack) return attribute ? getAtt(id, attribute) : ref(id);
    return ref(this.crossParameter(from, out, id, attribute));
  }

  private readonly crossNames = new Map<string, string>();

  private crossParameter(
    from: Stack,
    out: NodeOut,
    id: string,
    attribute: string | undefined,
  ): string {
    const key = `${id}|${attribute ?? ''}`;
    let name = this.crossNames.get(key);
    if (!name) {
      name = this.ids.claim(`${id}${(attribute ?? 'Id').replace(/\./g, '')}`, 'Reference');
      this.crossNames.set(key, name);
      out.stack.outputs.set(name, {
        Description: `${attribute ?? 'Id'} of ${id}, for the stacks in other Regions.`,
        Value: attribute ? getAtt(id, attribute) : ref(id),
      });
    }
    if (!from.parameters.has(name)) {
      from.parameters.set(name, {
        Type: 'String',
        Description: `${attribute ?? 'Id'} of ${id} from the ${out.stack.region} stack (its output ${name}).`,
      });
      this.note(
        out.node.id,
        `Pass the output ${name} of the ${out.stack.region} stack to the parameter ${name} of the ${from.region} stack: a reference cannot cross Regions.`,
      );
    }
    return name;
  }

  /** The design's VPC node a node sits in, if any. */
  vpcOf(nodeId: string): DesignNode | undefined {
    if (!this.vpcs.has(nodeId)) this.vpcs.set(nodeId, nearestAncestor(this.index, nodeId, ['vpc']));
    return this.vpcs.get(nodeId);
  }

  /** The subnet a node sits in directly or through a security group or Auto Scaling group. */
  subnetOf(nodeId: string): DesignNode | undefined {
    for (const a of ancestorsOf(this.index, nodeId)) {
      if (SUBNET_SERVICES.includes(a.service)) return a;
      if (a.service === 'vpc' || a.service === 'availability-zone') return undefined;
    }
    return undefined;
  }

  /** Subnets of a VPC (optionally one kind), in design order. */
  subnetsOfVpc(vpcId: string, kind?: string): DesignNode[] {
    if (!this.subnetsByVpc) {
      // Built once: load balancers and subnet groups ask for every node in a VPC.
      this.subnetsByVpc = new Map();
      for (const n of this.design.nodes) {
        if (!SUBNET_SERVICES.includes(n.service) || !this.outs.has(n.id)) continue;
        const vpc = this.vpcOf(n.id);
        if (!vpc) continue;
        const list = this.subnetsByVpc.get(vpc.id) ?? [];
        list.push(n);
        this.subnetsByVpc.set(vpc.id, list);
      }
    }
    const key = `${vpcId}\u0000${kind ?? ''}`;
    let list = this.subnetsByKind.get(key);
    if (!list) {
      const all = this.subnetsByVpc.get(vpcId) ?? [];
      list = kind ? all.filter((n) => n.service === kind) : all;
      this.subnetsByKind.set(key, list);
    }
    return list;
  }

  private subnetsByVpc: Map<string, DesignNode[]> | undefined;
  private readonly subnetsByKind = new Map<string, DesignNode[]>();

  /**
   * Subnets for a resource that needs a subnet list: its own subnet first, then subnets of the same
   * kind in other zones until `minZones` zones are covered (load balancers and database subnet
   * groups need two). Fewer is noted as a manual step.
   */
  subnetsFor(nodeId: string, minZones = 1): DesignNode[] {
    const vpc = this.vpcOf(nodeId);
    if (!vpc) return [];
    const own = this.subnetOf(nodeId);
    const pool = [
      ...(own ? [own] : []),
      ...this.subnetsOfVpc(vpc.id, own?.service ?? 'private-subnet'),
      ...this.subnetsOfVpc(vpc.id),
    ];
    const chosen: DesignNode[] = [];
    const zones = new Set<string>();
    for (const s of pool) {
      if (chosen.includes(s)) continue;
      const zone = this.subnetZones.get(s.id)?.key ?? s.id;
      if (chosen.length === 0 || (zones.size < minZones && !zones.has(zone))) {
        chosen.push(s);
        zones.add(zone);
      }
    }
    if (zones.size < minZones)
      this.note(
        nodeId,
        `Needs subnets in at least ${minZones} Availability Zones; add a subnet in another zone of ${this.describe(vpc.id)}.`,
      );
    return chosen;
  }

  subnetRefs(fromNode: string, subnets: readonly DesignNode[]): Json[] {
    return subnets.map((s) => this.refTo(fromNode, s.id)).filter((v): v is Json => v !== null);
  }

  /**
   * A parameter with a default, or null once the template holds 200, CloudFormation's limit: the
   * caller then writes the value itself. Names are claimed like logical ids, so they never clash.
   */
  param(stack: Stack, base: string, def: CfnParameter): string | null {
    if (stack.parameters.size >= MAX_PARAMETERS) return null;
    const name = this.ids.claim(base, 'Parameter');
    stack.parameters.set(name, def);
    return name;
  }

  /** Adds a least-privilege statement to a compute node's role, once. */
  grant(nodeId: string, actions: string[], resources: Json[], condition?: Json): void {
    const list = this.grants.get(nodeId);
    if (!list) return;
    const st: Statement = { Effect: 'Allow', Action: [...actions].sort(), Resource: resources };
    if (condition) st.Condition = condition;
    const key = JSON.stringify(st);
    if (!list.some((s) => JSON.stringify(s) === key)) list.push(st);
  }
}
