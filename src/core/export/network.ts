/**
 * Containers become the network: each VPC with its subnets (the design's CIDRs, or free blocks
 * allocated inside the VPC), route tables, an internet gateway for public subnets, NAT gateways
 * for private subnets that need egress (one per zone), and security groups.
 */
import { allocateCidr, formatCidr, parseCidr, type Cidr } from '../model/cidr.ts';
import type { DesignNode } from '../model/types.ts';
import type { ExportContext, NodeOut, Stack } from './context.ts';
import { propValue } from './properties.ts';
import { getAtt, ref, select, getAZs, sub, type Json } from './template.ts';

const CIDR_PATTERN = '^(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}$';

function cidrParameter(
  ctx: ExportContext,
  stack: Stack,
  owner: string,
  cidr: string,
  what: string,
): Json {
  const name = ctx.param(stack, `${owner}Cidr`, {
    Type: 'String',
    Description: `IPv4 CIDR block of ${what}.`,
    Default: cidr,
    AllowedPattern: CIDR_PATTERN,
    ConstraintDescription: 'an IPv4 CIDR block such as 10.0.0.0/16',
  });
  return name ? ref(name) : cidr;
}

/** `AvailabilityZone` of each subnet: the zone letter of its AZ container, else spread over two. */
function assignZones(ctx: ExportContext, subnets: readonly DesignNode[]): void {
  let spread = 0;
  for (const s of subnets) {
    const az = ctx.index.nodes.get(s.parent ?? '');
    if (az?.service === 'availability-zone') {
      const letter = String(az.props?.zone ?? 'a');
      ctx.subnetZones.set(s.id, { key: az.id, value: sub(`\${AWS::Region}${letter}`) });
    } else {
      const i = spread % 2;
      spread += 1;
      ctx.subnetZones.set(s.id, { key: `auto-${i}`, value: select(i, getAZs('')) });
    }
  }
}

/** Subnet CIDRs: explicit ones kept, missing ones allocated (a /24, or smaller in a small VPC). */
function subnetCidrs(
  ctx: ExportContext,
  vpc: DesignNode,
  subnets: readonly DesignNode[],
): Map<string, string | null> {
  const vpcCidr =
    parseCidr(String(propValue(ctx.entryOf(vpc.id)!, vpc.props, 'cidr') ?? '10.0.0.0/16')) ??
    parseCidr('10.0.0.0/16')!;
  const out = new Map<string, string | null>();
  const taken: Cidr[] = [];
  for (const s of subnets) {
    const explicit = typeof s.props?.cidr === 'string' ? parseCidr(s.props.cidr) : null;
    if (explicit) {
      out.set(s.id, formatCidr(explicit));
      taken.push(explicit);
    }
  }
  for (const s of [...subnets].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (out.has(s.id)) continue;
    let block: Cidr | null = null;
    for (let prefix = Math.max(24, vpcCidr.prefix + 1); prefix <= 28 && !block; prefix += 1)
      block = allocateCidr(vpcCidr, prefix, taken);
    if (block) taken.push(block);
    else
      ctx.note(
        s.id,
        `No free address block is left in ${ctx.describe(vpc.id)} for this subnet; give it a CIDR or widen the VPC.`,
      );
    out.set(s.id, block ? formatCidr(block) : null);
  }
  return out;
}

function nodeOfServiceIn(
  ctx: ExportContext,
  service: string,
  within: (n: DesignNode) => boolean,
): NodeOut | undefined {
  for (const id of ctx.index.byService.get(service) ?? []) {
    const out = ctx.outs.get(id);
    if (out && within(out.node)) return out;
  }
  return undefined;
}

function route(
  ctx: ExportContext,
  stack: Stack,
  id: string,
  owner: string,
  table: string,
  target: Record<string, Json>,
  dependsOn?: string,
): void {
  ctx.add(
    stack,
    ctx.ids.claim(id, 'Route'),
    'AWS::EC2::Route',
    { RouteTableId: ref(table), DestinationCidrBlock: '0.0.0.0/0', ...target },
    owner,
    dependsOn ? { DependsOn: [dependsOn] } : {},
  );
}

function associate(ctx: ExportContext, stack: Stack, subnet: NodeOut, table: string): void {
  const id = ctx.ids.claim(`${subnet.ids[0]}RouteTableAssociation`, 'RouteTableAssociation');
  ctx.add(
    stack,
    id,
    'AWS::EC2::SubnetRouteTableAssociation',
    { SubnetId: ref(subnet.ids[0]), RouteTableId: ref(table) },
    subnet.node.id,
  );
}

/** The internet gateway of a VPC: the design's own node, or one made for it. Returns [gateway, attachment]. */
function internetGateway(ctx: ExportContext, vpc: NodeOut): [string, string] {
  const stack = vpc.stack;
  const own = nodeOfServiceIn(ctx, 'internet-gateway', (n) => ctx.vpcOf(n.id)?.id === vpc.node.id);
  if (own && own.ids.length >= 2) {
    const attachment = ctx.props(stack, own.ids[1]);
    attachment.VpcId = ref(vpc.ids[0]);
    attachment.InternetGatewayId = ref(own.ids[0]);
    return [own.ids[0], own.ids[1]];
  }
  const igw = ctx.ids.claim(`${vpc.ids[0]}InternetGateway`, 'InternetGateway');
  const attach = ctx.ids.claim(`${vpc.ids[0]}GatewayAttachment`, 'GatewayAttachment');
  ctx.add(stack, igw, 'AWS::EC2::InternetGateway', {}, vpc.node.id);
  ctx.add(
    stack,
    attach,
    'AWS::EC2::VPCGatewayAttachment',
    { VpcId: ref(vpc.ids[0]), InternetGatewayId: ref(igw) },
    vpc.node.id,
  );
  return [igw, attach];
}

/** Configures the design's NAT gateway nodes in their public subnets. */
function natNodes(ctx: ExportContext, attachment: string | null): Map<string, string> {
  const byZone = new Map<string, string>();
  for (const id of ctx.index.byService.get('nat-gateway') ?? []) {
    const nat = ctx.outs.get(id);
    const subnet = ctx.subnetOf(id);
    if (!nat || !subnet || !ctx.outs.has(subnet.id)) continue;
    const props = ctx.props(nat.stack, nat.ids[0]);
    props.SubnetId = ref(ctx.outs.get(subnet.id)!.ids[0]);
    if (props.ConnectivityType !== 'private' && nat.ids[1])
      props.AllocationId = getAtt(nat.ids[1], 'AllocationId');
    if (attachment) ctx.dependsOn(nat.stack, nat.ids[0], attachment);
    const zone = ctx.subnetZones.get(subnet.id)?.key;
    if (zone && !byZone.has(zone)) byZone.set(zone, nat.ids[0]);
  }
  return byZone;
}

function buildVpc(ctx: ExportContext, vpc: NodeOut): void {
  const stack = vpc.stack;
  const vpcId = vpc.ids[0];
  const entry = ctx.entryOf(vpc.node.id)!;
  const cidr = String(propValue(entry, vpc.node.props, 'cidr') ?? '10.0.0.0/16');
  ctx.props(stack, vpcId).CidrBlock = cidrParameter(ctx, stack, vpcId, cidr, `the VPC ${vpcId}`);
  const subnets = ctx.subnetsOfVpc(vpc.node.id);
  assignZones(ctx, subnets);
  const cidrs = subnetCidrs(ctx, vpc.node, subnets);
  for (const s of subnets) {
    const out = ctx.outs.get(s.id)!;
    const props = ctx.props(stack, out.ids[0]);
    props.VpcId = ref(vpcId);
    const block = cidrs.get(s.id);
    if (block)
      props.CidrBlock = cidrParameter(ctx, stack, out.ids[0], block, `the subnet ${out.ids[0]}`);
    props.AvailabilityZone = ctx.subnetZones.get(s.id)!.value;
    if (s.service === 'outpost-subnet' && !props.OutpostArn) {
      const name = ctx.param(stack, `${out.ids[0]}OutpostArn`, {
        Type: 'String',
        Description: `ARN of the Outpost the subnet ${out.ids[0]} is created on.`,
      });
      if (name) props.OutpostArn = ref(name);
      ctx.note(
        s.id,
        'Outpost subnets need the ARN of an installed Outpost (parameter of the stack).',
      );
    }
  }
  const publics = subnets.filter((s) => s.service === 'public-subnet');
  const privates = subnets.filter((s) => s.service !== 'public-subnet');
  const wantsNat = privates.some(
    (s) =>
      s.service === 'private-subnet' && propValue(ctx.entryOf(s.id)!, s.props, 'egress') === 'nat',
  );
  const hasIgwNode = !!nodeOfServiceIn(
    ctx,
    'internet-gateway',
    (n) => ctx.vpcOf(n.id)?.id === vpc.node.id,
  );
  let attachment: string | null = null;
  if (publics.length > 0 || hasIgwNode) {
    const [igw, attach] = internetGateway(ctx, vpc);
    attachment = attach;
    if (publics.length > 0) {
      const table = ctx.ids.claim(`${vpcId}PublicRouteTable`, 'PublicRouteTable');
      ctx.add(stack, table, 'AWS::EC2::RouteTable', { VpcId: ref(vpcId) }, vpc.node.id);
      const igwNode = nodeOfServiceIn(
        ctx,
        'internet-gateway',
        (n) => ctx.vpcOf(n.id)?.id === vpc.node.id,
      );
      const defaultRoute = igwNode
        ? propValue(igwNode.entry, igwNode.node.props, 'defaultRoute') !== false
        : true;
      // AWS: a route to an internet gateway must wait for the gateway's attachment to the VPC.
      if (defaultRoute)
        route(
          ctx,
          stack,
          `${vpcId}PublicDefaultRoute`,
          vpc.node.id,
          table,
          { GatewayId: ref(igw) },
          attach,
        );
      for (const s of publics) associate(ctx, stack, ctx.outs.get(s.id)!, table);
    }
  }
  const nats = natNodes(ctx, attachment);
  for (const s of privates) {
    const out = ctx.outs.get(s.id)!;
    const table = ctx.ids.claim(`${out.ids[0]}RouteTable`, 'RouteTable');
    ctx.add(stack, table, 'AWS::EC2::RouteTable', { VpcId: ref(vpcId) }, s.id);
    associate(ctx, stack, out, table);
    if (
      !wantsNat ||
      s.service !== 'private-subnet' ||
      propValue(ctx.entryOf(s.id)!, s.props, 'egress') !== 'nat'
    )
      continue;
    const nat = natFor(ctx, vpc, s, publics, nats, attachment);
    if (nat)
      route(ctx, stack, `${out.ids[0]}DefaultRoute`, s.id, table, { NatGatewayId: ref(nat) });
  }
}

/** The NAT gateway for a private subnet's zone: the design's, else one made in a public subnet of that zone. */
function natFor(
  ctx: ExportContext,
  vpc: NodeOut,
  subnet: DesignNode,
  publics: readonly DesignNode[],
  nats: Map<string, string>,
  attachment: string | null,
): string | null {
  const zone = ctx.subnetZones.get(subnet.id)!.key;
  const existing = nats.get(zone);
  if (existing) return existing;
  const home = publics.find((p) => ctx.subnetZones.get(p.id)?.key === zone) ?? publics[0];
  if (!home) {
    ctx.note(
      subnet.id,
      `Private subnet with NAT egress, but ${ctx.describe(vpc.node.id)} has no public subnet for a NAT gateway; add one or set egress to none.`,
    );
    return null;
  }
  const homeZone = ctx.subnetZones.get(home.id)!.key;
  if (nats.has(homeZone)) {
    nats.set(zone, nats.get(homeZone)!);
    return nats.get(homeZone)!;
  }
  const homeOut = ctx.outs.get(home.id)!;
  const eip = ctx.ids.claim(`${homeOut.ids[0]}NatEip`, 'NatEip');
  const nat = ctx.ids.claim(`${homeOut.ids[0]}NatGateway`, 'NatGateway');
  ctx.add(
    vpc.stack,
    eip,
    'AWS::EC2::EIP',
    { Domain: 'vpc' },
    home.id,
    attachment ? { DependsOn: [attachment] } : {},
  );
  ctx.add(
    vpc.stack,
    nat,
    'AWS::EC2::NatGateway',
    { SubnetId: ref(homeOut.ids[0]), AllocationId: getAtt(eip, 'AllocationId') },
    home.id,
  );
  nats.set(homeZone, nat);
  nats.set(zone, nat);
  if (homeZone !== zone)
    ctx.note(
      subnet.id,
      "No public subnet in this private subnet's zone: its NAT gateway is in another zone, a cross-zone dependency.",
    );
  return nat;
}

/** `"443"` or `"8080-8090"` -> [from, to]; null when it is neither. */
export function portRange(text: string): [number, number] | null {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return from <= to && to <= 65535 ? [from, to] : null;
}

function buildSecurityGroupContainer(ctx: ExportContext, sg: NodeOut): void {
  const props = ctx.props(sg.stack, sg.ids[0]);
  const vpc = ctx.vpcOf(sg.node.id);
  if (vpc) {
    const v = ctx.refTo(sg.node.id, vpc.id);
    if (v) props.VpcId = v;
  }
  props.GroupDescription = groupDescription(
    String(props.GroupDescription ?? sg.node.label ?? sg.ids[0]),
  );
  const cidrs = (propValue(sg.entry, sg.node.props, 'ingressCidrs') as string[] | undefined) ?? [];
  const ports = ((propValue(sg.entry, sg.node.props, 'ingressPorts') as string[] | undefined) ?? [])
    .map(portRange)
    .filter((p): p is [number, number] => !!p);
  const rules: Json[] = [];
  for (const c of cidrs)
    for (const [from, to] of ports)
      rules.push({ IpProtocol: 'tcp', FromPort: from, ToPort: to, CidrIp: c });
  if (rules.length > 0) props.SecurityGroupIngress = rules;
  ctx.securityGroups.set(sg.node.id, sg.ids[0]);
}

/** EC2 allows only some characters in a group description; anything else is dropped. */
export function groupDescription(text: string): string {
  return (
    text
      .replace(/[^a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]/g, '')
      .slice(0, 255)
      .trim() || 'Managed by Cloudwright'
  );
}

/**
 * The security group of a node in a VPC: the security-group container it sits in, else one made
 * for the node alone, so that rules between tiers can name it.
 */
export function securityGroupFor(ctx: ExportContext, nodeId: string): string | null {
  const known = ctx.securityGroups.get(nodeId);
  if (known) return known;
  const vpc = ctx.vpcOf(nodeId);
  const out = ctx.outs.get(nodeId);
  if (!vpc || !out || !ctx.outs.has(vpc.id)) return null;
  for (let p = ctx.index.nodes.get(nodeId)?.parent; p; p = ctx.index.nodes.get(p)?.parent) {
    const sg = ctx.securityGroups.get(p);
    if (sg && ctx.index.nodes.get(p)?.service === 'security-group') {
      ctx.securityGroups.set(nodeId, sg);
      return sg;
    }
  }
  const id = ctx.ids.claim(`${out.ids[0]}SecurityGroup`, 'SecurityGroup');
  ctx.add(
    out.stack,
    id,
    'AWS::EC2::SecurityGroup',
    {
      GroupDescription: groupDescription(`${out.ids[0]} (Cloudwright)`),
      VpcId: ctx.refTo(nodeId, vpc.id) ?? '',
    },
    nodeId,
  );
  ctx.securityGroups.set(nodeId, id);
  return id;
}

/** Builds every VPC's network and the security-group containers. Runs after the nodes' own resources exist. */
export function buildNetwork(ctx: ExportContext): void {
  for (const id of ctx.index.byService.get('security-group') ?? []) {
    const out = ctx.outs.get(id);
    if (out) buildSecurityGroupContainer(ctx, out);
  }
  for (const id of ctx.index.byService.get('vpc') ?? []) {
    const out = ctx.outs.get(id);
    if (out) buildVpc(ctx, out);
  }
}
