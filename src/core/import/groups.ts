/**
 * Which resources of a template become one design node, and of which catalog service. A template
 * exported by Cloudwright says so in each resource's Metadata; in a foreign template, each resource
 * is a node unless it belongs to another: a secondary type of a catalog entry joins its primary,
 * wiring (policies, permissions, routes, mappings) joins what it wires, a role joins its compute.
 */
import { CATALOG_ENTRIES } from '../catalog/index.ts';
import type { CatalogEntry } from '../catalog/types.ts';
import { ROLE_SLOTS } from '../export/iam.ts';
import { isPlainObject, referencesIn } from '../export/template.ts';

export interface Res {
  id: string;
  type: string;
  props: Record<string, unknown>;
  /** Cloudwright metadata of an exported resource. */
  node?: string;
  edge?: string;
}

export interface Group {
  /** Key: the design node id from the metadata, else the primary resource's logical id. */
  key: string;
  primary: Res;
  members: Res[];
  entry: CatalogEntry | null;
}

const PRIMARY = new Map<string, CatalogEntry[]>();
const MEMBER = new Map<string, CatalogEntry[]>();
for (const e of CATALOG_ENTRIES) {
  e.cfn.forEach((c, i) => {
    const map = i === 0 ? PRIMARY : MEMBER;
    map.set(c.type, [...(map.get(c.type) ?? []), e]);
  });
}

/**
 * Types that only wire other resources together, and the property naming the resource they join
 * (the one whose node the wiring belongs to).
 */
const WIRING: Readonly<Record<string, string[]>> = {
  'AWS::Lambda::EventSourceMapping': ['EventSourceArn', 'FunctionName'],
  'AWS::Lambda::Permission': ['SourceArn', 'FunctionName'],
  'AWS::SNS::Subscription': ['TopicArn'],
  'AWS::SQS::QueuePolicy': ['Queues'],
  'AWS::SNS::TopicPolicy': ['Topics'],
  'AWS::S3::BucketPolicy': ['Bucket'],
  'AWS::ApiGateway::Method': ['RestApiId'],
  'AWS::ApiGateway::Resource': ['RestApiId'],
  'AWS::IAM::InstanceProfile': [],
  'AWS::IAM::Policy': ['Roles'],
  'AWS::EC2::SubnetRouteTableAssociation': ['SubnetId'],
  'AWS::EC2::RouteTable': ['VpcId'],
  'AWS::EC2::Route': ['RouteTableId'],
  'AWS::EC2::SecurityGroupIngress': ['GroupId'],
  'AWS::EC2::SecurityGroupEgress': ['GroupId'],
  'AWS::Logs::LogStream': ['LogGroupName'],
  'AWS::CloudFormation::WaitConditionHandle': [],
};

export function isWiring(type: string): boolean {
  return type in WIRING;
}

/** The catalog entries a resource type can stand for, primary uses first. */
export function entriesFor(type: string): CatalogEntry[] {
  return [...(PRIMARY.get(type) ?? []), ...(MEMBER.get(type) ?? [])];
}

/** Picks among entries that share a primary type, from the resource itself. */
function disambiguate(
  res: Res,
  candidates: CatalogEntry[],
  all: ReadonlyMap<string, Res>,
): CatalogEntry {
  const byId = (id: string) => candidates.find((c) => c.id === id);
  switch (res.type) {
    case 'AWS::EC2::Subnet': {
      if (res.props.OutpostArn !== undefined) return byId('outpost-subnet') ?? candidates[0];
      return (
        (isPublicSubnet(res, all) ? byId('public-subnet') : byId('private-subnet')) ?? candidates[0]
      );
    }
    case 'AWS::S3::Bucket': {
      const rules = JSON.stringify(res.props.LifecycleConfiguration ?? '');
      return (
        (/"StorageClass":"(GLACIER|DEEP_ARCHIVE)"/.test(rules) && /"TransitionInDays":0/.test(rules)
          ? byId('s3-glacier')
          : byId('s3-bucket')) ?? candidates[0]
      );
    }
    case 'AWS::FSx::FileSystem':
      return (
        (res.props.FileSystemType === 'WINDOWS' ? byId('fsx-windows') : byId('fsx-lustre')) ??
        candidates[0]
      );
    case 'AWS::ElasticLoadBalancingV2::LoadBalancer':
      return (
        (res.props.Type === 'network'
          ? byId('network-load-balancer')
          : byId('application-load-balancer')) ?? candidates[0]
      );
    default:
      return candidates[0];
  }
}

/** A subnet is public when its route table sends 0.0.0.0/0 to an internet gateway. */
function isPublicSubnet(subnet: Res, all: ReadonlyMap<string, Res>): boolean {
  if (subnet.props.MapPublicIpOnLaunch === true) return true;
  const tables = [...all.values()]
    .filter(
      (r) =>
        r.type === 'AWS::EC2::SubnetRouteTableAssociation' &&
        referencesIn(r.props.SubnetId).has(subnet.id),
    )
    .flatMap((r) => [...referencesIn(r.props.RouteTableId)]);
  return [...all.values()].some(
    (r) =>
      r.type === 'AWS::EC2::Route' &&
      tables.some((t) => referencesIn(r.props.RouteTableId).has(t)) &&
      [...referencesIn(r.props.GatewayId)].some(
        (g) => all.get(g)?.type === 'AWS::EC2::InternetGateway',
      ),
  );
}

/** Resources in groups: exported ones by their node, foreign ones by type and references. */
export function groupResources(all: ReadonlyMap<string, Res>): Group[] {
  const owner = new Map<string, string>();
  const byKey = new Map<string, Res[]>();
  const put = (key: string, r: Res) => {
    owner.set(r.id, key);
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  };
  const loose: Res[] = [];
  for (const r of all.values()) {
    if (r.node) put(r.node, r);
    else loose.push(r);
  }
  // Primaries of catalog entries (and unknown types) first become groups of their own.
  const satellites: Res[] = [];
  for (const r of loose) {
    const joinsOther =
      isWiring(r.type) ||
      (!PRIMARY.has(r.type) && MEMBER.has(r.type)) ||
      ['AWS::IAM::Role', 'AWS::EC2::EIP'].includes(r.type) ||
      // An Aurora instance belongs to its cluster; a task definition to the service that runs it.
      (r.type === 'AWS::RDS::DBInstance' && r.props.DBClusterIdentifier !== undefined) ||
      (r.type === 'AWS::ECS::TaskDefinition' &&
        [...all.values()].some(
          (o) => o.type === 'AWS::ECS::Service' && referencesIn(o.props.TaskDefinition).has(r.id),
        ));
    if (joinsOther) satellites.push(r);
    else put(r.id, r);
  }
  // Satellites join a group they reference or that references them, in a few passes, as chains
  // (a target group referenced by a listener that references a load balancer) resolve one link at a time.
  const referrers = new Map<string, string[]>();
  for (const r of all.values())
    for (const t of referencesIn(r.props)) referrers.set(t, [...(referrers.get(t) ?? []), r.id]);
  for (let pass = 0; pass < 3 && satellites.length > 0; pass += 1) {
    for (let i = satellites.length - 1; i >= 0; i -= 1) {
      const r = satellites[i];
      const home = satelliteHome(r, all, owner, referrers);
      if (home !== undefined) {
        put(home, r);
        satellites.splice(i, 1);
      }
    }
  }
  for (const r of satellites) if (!isWiring(r.type)) put(r.id, r);
  const groups: Group[] = [];
  for (const [key, members] of byKey) {
    const primaries = members.filter((m) => PRIMARY.has(m.type));
    // The primary is the shortest logical id among primary types: derived ids add suffixes to it.
    const primary = [...(primaries.length > 0 ? primaries : members)].sort(
      (a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : 1),
    )[0];
    const candidates = entriesFor(primary.type);
    const entry =
      isWiring(primary.type) && primaries.length === 0
        ? null
        : candidates.length > 0
          ? disambiguate(primary, candidates, all)
          : null;
    groups.push({ key, primary, members, entry });
  }
  return groups;
}

function satelliteHome(
  r: Res,
  all: ReadonlyMap<string, Res>,
  owner: ReadonlyMap<string, string>,
  referrers: ReadonlyMap<string, string[]>,
): string | undefined {
  const fields = WIRING[r.type];
  const refs = fields
    ? fields.flatMap((f) => [...referencesIn(r.props[f])])
    : [...referencesIn(r.props)];
  if (
    r.type === 'AWS::IAM::Role' ||
    r.type === 'AWS::EC2::EIP' ||
    r.type === 'AWS::IAM::InstanceProfile'
  ) {
    // A role joins the compute resource that takes it; an address, the NAT gateway that uses it.
    for (const by of referrers.get(r.id) ?? []) {
      const t = all.get(by);
      if (!t) continue;
      if (r.type === 'AWS::IAM::Role' && t.type === 'AWS::IAM::InstanceProfile' && owner.has(by))
        return owner.get(by);
      if (
        r.type === 'AWS::IAM::Role' &&
        !ROLE_SLOTS[t.type] &&
        t.type !== 'AWS::IAM::InstanceProfile'
      )
        continue;
      if (r.type === 'AWS::EC2::EIP' && t.type !== 'AWS::EC2::NatGateway') continue;
      if (owner.has(by)) return owner.get(by);
    }
    return undefined;
  }
  if (fields) {
    for (const t of refs)
      if (owner.has(t) && !CONTAINERS.has(all.get(t)?.type ?? '')) return owner.get(t);
    return undefined;
  }
  // A secondary resource prefers a neighbour of the same catalog entry (a subnet group its database,
  // not its subnets), referring to it or referred to by it.
  const near = [...(referrers.get(r.id) ?? []), ...refs].filter(
    (t) => owner.has(t) && !CONTAINERS.has(all.get(t)?.type ?? ''),
  );
  const sameEntry = near.find((t) =>
    entriesFor(r.type).some((e) => e.cfn.some((c) => c.type === all.get(t)?.type)),
  );
  return owner.get(sameEntry ?? near[0] ?? '');
}

const CONTAINERS = new Set(['AWS::EC2::VPC', 'AWS::EC2::Subnet']);

/** Resource objects of a template, with their Cloudwright metadata. */
export function readResources(
  resources: Record<string, Record<string, unknown>>,
): Map<string, Res> {
  const out = new Map<string, Res>();
  for (const [id, r] of Object.entries(resources)) {
    const meta =
      isPlainObject(r.Metadata) && isPlainObject(r.Metadata.Cloudwright)
        ? r.Metadata.Cloudwright
        : {};
    const res: Res = {
      id,
      type: String(r.Type),
      props: (r.Properties as Record<string, unknown>) ?? {},
    };
    if (typeof meta.node === 'string' && meta.node !== '') res.node = meta.node;
    if (typeof meta.edge === 'string') res.edge = meta.edge;
    out.set(id, res);
  }
  return out;
}
