/**
 * CloudFormation template -> design document. Known types become catalog services with their
 * settings, references become edges, VPC and subnet membership becomes containment, unknown types
 * become generic resources that keep their type and properties, and the Parameters, Conditions and
 * Outputs are kept so that exporting again keeps them. The result goes through `restoreDesign`.
 */
import { canConnect, getEntry } from '../catalog/index.ts';
import { KNOWN_REGIONS } from '../model/check.ts';
import { restoreDesign } from '../model/restore.ts';
import { ID_PATTERN, isRecord } from '../model/shape.ts';
import type { DesignDocument, DesignEdge, DesignNode, Result } from '../model/types.ts';
import { rewriteRefs } from '../export/generic.ts';
import { humanize } from '../export/logical-ids.ts';
import { referencesIn } from '../export/template.ts';
import { groupResources, readResources, type Group, type Res } from './groups.ts';
import { importProps } from './props.ts';
import { parseTemplate } from './parse.ts';
import { Placer } from './placement.ts';

/** Types that wire the network, not the workload: references through them are not edges. */
const PLUMBING = new Set([
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::Subnet',
  'AWS::EC2::VPC',
  'AWS::EC2::RouteTable',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::RDS::DBSubnetGroup',
  'AWS::ElastiCache::SubnetGroup',
  'AWS::DocDB::DBSubnetGroup',
  'AWS::Neptune::DBSubnetGroup',
  'AWS::MemoryDB::SubnetGroup',
  'AWS::DAX::SubnetGroup',
  'AWS::Redshift::ClusterSubnetGroup',
]);
/** Parameters every export makes itself. */
const OWN_PARAMETERS = new Set(['Environment', 'CostCenter']);

class Ids {
  private readonly used = new Set<string>();
  take(wanted: string, fallback: string): string {
    let base = wanted
      .replace(/[^A-Za-z0-9_.:-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 60);
    if (!ID_PATTERN.test(base)) base = fallback;
    let id = base;
    for (let i = 2; this.used.has(id); i += 1) id = `${base}-${i}`;
    this.used.add(id);
    return id;
  }
}

function textOf(v: unknown, max: number): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.slice(0, max) : undefined;
}

function genericNode(
  group: Group,
  id: string,
  label: string,
  logicalToNode: ReadonlyMap<string, string>,
): DesignNode {
  return {
    id,
    service: 'generic-resource',
    label,
    props: {
      cfnType: group.primary.type,
      cfnProperties: JSON.stringify(rewriteRefs(group.primary.props, logicalToNode)),
    },
  };
}

/** Edges from the references between groups: wiring first, IAM grants last, one edge per pair of nodes. */
function edgesOf(
  groups: readonly Group[],
  nodeOf: ReadonlyMap<Group, DesignNode>,
  owner: ReadonlyMap<string, Group>,
  all: ReadonlyMap<string, Res>,
): DesignEdge[] {
  const edges: DesignEdge[] = [];
  const pairs = new Set<string>();
  const ids = new Ids();
  const add = (from: DesignNode, to: DesignNode, preferred?: string) => {
    const key = [from.id, to.id].sort().join('\u0000');
    if (pairs.has(key)) return;
    let [s, t] = [from, to];
    let verdict = canConnect(s.service, t.service);
    if (!verdict.ok) {
      [s, t] = [to, from];
      verdict = canConnect(s.service, t.service);
    }
    if (!verdict.ok) return;
    pairs.add(key);
    edges.push({
      id: ids.take(preferred ?? `${s.id}--${t.id}`, `e${edges.length}`),
      source: s.id,
      target: t.id,
      meaning: verdict.meaning,
    });
  };
  const sorted = [...groups].sort((a, b) => (nodeOf.get(a)!.id < nodeOf.get(b)!.id ? -1 : 1));
  for (const pass of [0, 1]) {
    for (const g of sorted) {
      const from = nodeOf.get(g)!;
      for (const m of g.members) {
        const grant = m.type === 'AWS::IAM::Role' || m.type === 'AWS::IAM::Policy';
        if (m.type === 'AWS::EC2::SecurityGroupIngress' && pass === 0) {
          // A rule between two nodes' security groups is the network form of an edge between them.
          const src = [...referencesIn(m.props.SourceSecurityGroupId)].map((r) => owner.get(r))[0];
          const dst = [...referencesIn(m.props.GroupId)].map((r) => owner.get(r))[0];
          if (src && dst && src !== dst) add(nodeOf.get(src)!, nodeOf.get(dst)!);
        }
        if ((pass === 0) === grant || PLUMBING.has(m.type)) continue;
        for (const t of referencesIn(m.props)) {
          const target = owner.get(t);
          if (!target || target === g || PLUMBING.has(all.get(t)?.type ?? '')) continue;
          add(from, nodeOf.get(target)!, m.edge);
        }
      }
    }
  }
  return edges;
}

/** The CloudFormation sections to keep: parameters no mapped resource absorbed, all conditions and outputs. */
function keptSections(
  template: Record<string, unknown>,
  groups: readonly Group[],
  nodeOf: ReadonlyMap<Group, DesignNode>,
  logicalToNode: ReadonlyMap<string, string>,
): DesignDocument['cfn'] {
  const parameters = isRecord(template.Parameters) ? template.Parameters : {};
  const absorbed = new Set<string>();
  const keptRefs = new Set<string>();
  for (const g of groups) {
    const generic = nodeOf.get(g)!.service === 'generic-resource';
    for (const m of generic ? [g.primary] : g.members)
      for (const r of referencesIn(m.props)) (generic ? keptRefs : absorbed).add(r);
  }
  for (const section of ['Conditions', 'Outputs'])
    for (const r of referencesIn(template[section])) keptRefs.add(r);
  const cfn: NonNullable<DesignDocument['cfn']> = {};
  const params = Object.entries(parameters).filter(
    ([name]) => !OWN_PARAMETERS.has(name) && (keptRefs.has(name) || !absorbed.has(name)),
  );
  if (params.length > 0) cfn.parameters = Object.fromEntries(params);
  if (isRecord(template.Conditions)) {
    const conditions = Object.entries(template.Conditions).filter(
      ([name]) => name !== 'IsProduction',
    );
    if (conditions.length > 0)
      cfn.conditions = Object.fromEntries(
        conditions.map(([k, v]) => [k, rewriteRefs(v, logicalToNode)]),
      );
  }
  if (isRecord(template.Outputs) && Object.keys(template.Outputs).length > 0) {
    cfn.outputs = Object.fromEntries(
      Object.entries(template.Outputs).map(([k, v]) => [k, rewriteRefs(v, logicalToNode)]),
    );
  }
  return Object.keys(cfn).length > 0 ? cfn : undefined;
}

/**
 * A design from a CloudFormation template (YAML with short-form tags, or JSON), or the reasons it
 * cannot be read. Never throws.
 */
export function fromCloudFormation(text: string): Result<DesignDocument> {
  try {
    const parsed = parseTemplate(text);
    if (!parsed.ok) return parsed;
    const { template, resources } = parsed.value;
    const meta =
      isRecord(template.Metadata) && isRecord(template.Metadata.Cloudwright)
        ? template.Metadata.Cloudwright
        : {};
    const regionCode =
      typeof meta.region === 'string' && KNOWN_REGIONS.includes(meta.region)
        ? meta.region
        : 'us-east-1';
    const parameters = isRecord(template.Parameters) ? template.Parameters : {};
    const all = readResources(resources);
    const groups = groupResources(all).sort((a, b) => (a.key < b.key ? -1 : 1));
    const ids = new Ids();
    const nodeOf = new Map<Group, DesignNode>();
    const owner = new Map<string, Group>();
    const logicalToNode = new Map<string, string>();
    for (const g of groups) {
      for (const m of g.members) owner.set(m.id, g);
      const id = ids.take(g.key, `node${nodeOf.size}`);
      logicalToNode.set(g.primary.id, id);
      const label = humanize(g.primary.id).slice(0, 200);
      const entry = g.entry;
      nodeOf.set(
        g,
        entry && entry.kind !== 'generic'
          ? { id, service: entry.id, label }
          : { id, service: 'generic-resource', label },
      );
    }
    for (const g of groups) {
      const node = nodeOf.get(g)!;
      if (node.service === 'generic-resource')
        Object.assign(node, genericNode(g, node.id, node.label ?? node.id, logicalToNode));
      else {
        const props = importProps(getEntry(node.service)!, g.primary.props, parameters);
        if (Object.keys(props).length > 0) node.props = props;
      }
    }
    const placer = new Placer(ids, regionCode, owner, nodeOf);
    for (const g of placer.placeAll(groups)) {
      // A catalog service with no valid place keeps its type and settings as a generic resource.
      const node = nodeOf.get(g)!;
      delete node.props;
      delete node.notes;
      Object.assign(node, genericNode(g, node.id, node.label ?? node.id, logicalToNode), {
        parent: placer.regionId(),
      });
    }
    const nodes = [...placer.containers(), ...groups.map((g) => nodeOf.get(g)!)];
    const design: DesignDocument = {
      format: 'cloudwright',
      version: 1,
      name:
        textOf(meta.design, 200) ??
        textOf(String(template.Description ?? '').split('\n')[0], 200) ??
        'Imported template',
      defaultRegion: regionCode,
      nodes,
      edges: edgesOf(groups, nodeOf, owner, all),
    };
    const description = textOf(template.Description, 10_000);
    if (description) design.description = description;
    const cfn = keptSections(template, groups, nodeOf, logicalToNode);
    if (cfn) design.cfn = cfn;
    const restored = restoreDesign(design);
    return restored.ok ? { ok: true, value: restored.value.design } : restored;
  } catch (err) {
    return {
      ok: false,
      errors: [
        {
          code: 'internal',
          message: `could not import the template: ${err instanceof Error ? err.message : String(err)}`,
          path: '',
        },
      ],
    };
  }
}
