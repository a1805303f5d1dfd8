/**
 * Containment from a template: subnets in their VPC (in an Availability Zone container when the
 * template names the zone), the VPC in a Region container, and each resource in the subnet or VPC
 * it refers to. A resource that must sit in a subnet but names none goes into an assumed network,
 * with a note, so that it keeps its service rather than becoming a generic resource.
 */
import { canPlace } from '../catalog/index.ts';
import type { DesignNode } from '../model/types.ts';
import { intrinsicName, isPlainObject, referencesIn } from '../export/template.ts';
import type { Group } from './groups.ts';

interface IdSource {
  take(wanted: string, fallback: string): string;
}

const SUBNETS = ['public-subnet', 'private-subnet', 'outpost-subnet'];
/** Containers are placed first, outermost first, so that their children can check their ancestors. */
const PHASE: Readonly<Record<string, number>> = {
  vpc: 0,
  'public-subnet': 1,
  'private-subnet': 1,
  'outpost-subnet': 1,
  'security-group': 1,
  'internet-gateway': 1,
};

/** The zone letter of a subnet's AvailabilityZone: `us-east-1b` or `!Sub ${AWS::Region}b`. */
export function zoneLetter(az: unknown): string | null {
  if (typeof az === 'string') return /^[a-z]{2}(-[a-z]+)+-\d+([a-f])$/.exec(az)?.[2] ?? null;
  if (intrinsicName(az) === 'Fn::Sub' && isPlainObject(az) && typeof az['Fn::Sub'] === 'string')
    return /^\$\{AWS::Region\}([a-f])$/.exec(az['Fn::Sub'])?.[1] ?? null;
  return null;
}

export class Placer {
  private readonly region: DesignNode;
  private readonly extra: DesignNode[] = [];
  private readonly byId = new Map<string, DesignNode>();
  private assumed: DesignNode | null = null;

  constructor(
    private readonly ids: IdSource,
    regionCode: string,
    private readonly owner: ReadonlyMap<string, Group>,
    private readonly nodeOf: ReadonlyMap<Group, DesignNode>,
  ) {
    this.region = {
      id: ids.take('region', 'region'),
      service: 'region',
      label: regionCode,
      props: { region: regionCode },
    };
    this.byId.set(this.region.id, this.region);
    for (const n of nodeOf.values()) this.byId.set(n.id, n);
  }

  regionId(): string {
    return this.region.id;
  }

  containers(): DesignNode[] {
    return [this.region, ...this.extra];
  }

  private ancestors(parent: DesignNode | undefined): string[] {
    const out: string[] = [];
    for (let p = parent; p; p = p.parent ? this.byId.get(p.parent) : undefined) out.push(p.service);
    return out;
  }

  private fits(node: DesignNode, parent: DesignNode | undefined): boolean {
    return canPlace(node.service, parent?.service ?? null, this.ancestors(parent).slice(1)).ok;
  }

  /** Nodes the group's resources refer to, of the given services. */
  private referenced(g: Group, services: readonly string[]): DesignNode[] {
    const out: DesignNode[] = [];
    for (const m of g.members) {
      for (const r of referencesIn(m.props)) {
        const target = this.owner.get(r);
        const n = target && target !== g ? this.nodeOf.get(target) : undefined;
        if (n && services.includes(n.service) && !out.includes(n)) out.push(n);
      }
    }
    return out;
  }

  private zone(vpc: DesignNode, letter: string): DesignNode {
    const key = `${vpc.id}-az-${letter}`;
    const found = this.extra.find(
      (n) => n.service === 'availability-zone' && n.parent === vpc.id && n.props?.zone === letter,
    );
    if (found) return found;
    const az: DesignNode = {
      id: this.ids.take(key, 'az'),
      service: 'availability-zone',
      parent: vpc.id,
      label: `Availability Zone ${letter}`,
      props: { zone: letter },
    };
    this.extra.push(az);
    this.byId.set(az.id, az);
    return az;
  }

  /** A private subnet to hold what needs one and names none: the template's own, else an assumed network. */
  private assumedSubnet(): DesignNode {
    const own = [...this.nodeOf.values()].find((n) => n.service === 'private-subnet' && n.parent);
    if (own) return own;
    if (this.assumed) return this.assumed;
    const vpc: DesignNode = {
      id: this.ids.take('assumed-vpc', 'vpc'),
      service: 'vpc',
      parent: this.region.id,
      label: 'Assumed VPC',
      props: { cidr: '10.255.0.0/16' },
    };
    const add = (n: DesignNode) => {
      this.extra.push(n);
      this.byId.set(n.id, n);
      return n;
    };
    add(vpc);
    const subnets = ['a', 'b'].map((letter, i) =>
      add({
        id: this.ids.take(`assumed-subnet-${letter}`, 'subnet'),
        service: 'private-subnet',
        parent: this.zone(vpc, letter).id,
        label: `Assumed private subnet ${letter}`,
        props: { cidr: `10.255.${i + 1}.0/24` },
      }),
    );
    this.assumed = subnets[0];
    return this.assumed;
  }

  /** Places one node; false when no valid place exists (it then becomes a generic resource). */
  private placeOne(g: Group, node: DesignNode): boolean {
    const candidates: (DesignNode | undefined)[] = [];
    const vpcs = this.referenced(g, ['vpc']);
    if (SUBNETS.includes(node.service)) {
      const vpc = vpcs[0];
      if (!vpc) return false;
      const letter = zoneLetter(g.primary.props.AvailabilityZone);
      candidates.push(letter ? this.zone(vpc, letter) : vpc);
    } else if (node.service === 'vpc') {
      candidates.push(this.region);
    } else {
      candidates.push(...this.referenced(g, SUBNETS), ...vpcs, this.region, undefined);
    }
    for (const parent of candidates) {
      if (!this.fits(node, parent)) continue;
      if (parent) node.parent = parent.id;
      return true;
    }
    if (SUBNETS.includes(node.service) || node.service === 'vpc') return false;
    const subnet = this.assumedSubnet();
    if (!this.fits(node, subnet)) return false;
    node.parent = subnet.id;
    if (subnet.id.startsWith('assumed'))
      node.notes = 'Placed in an assumed network: the template names no subnet for it.';
    return true;
  }

  /** Places every group's node, containers first; returns the groups that found no valid place. */
  placeAll(groups: readonly Group[]): Group[] {
    const failed: Group[] = [];
    const ordered = [...groups].sort(
      (a, b) =>
        (PHASE[this.nodeOf.get(a)!.service] ?? 9) - (PHASE[this.nodeOf.get(b)!.service] ?? 9),
    );
    for (const g of ordered) {
      const node = this.nodeOf.get(g)!;
      if (node.service === 'generic-resource') node.parent = this.region.id;
      else if (!this.placeOne(g, node)) failed.push(g);
    }
    return failed;
  }
}
