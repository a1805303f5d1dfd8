/**
 * fast-check generators of valid designs, built from the catalog itself so they follow its
 * placement and connection rules as the catalog grows.
 */
import fc from 'fast-check';
import { CATALOG_ENTRIES, canConnect, canPlace, KNOWN_REGIONS } from './core.ts';
import type { DesignDocument, DesignNode } from '../src/core/model/types.ts';

const services = CATALOG_ENTRIES.filter((e) => e.kind !== 'container');
const regional = services.filter((e) => e.placement.parents.includes('region'));
const topLevel = services.filter((e) => e.placement.parents.includes('root'));
const inSubnet = services.filter(
  (e) =>
    e.placement.parents.includes('private-subnet') &&
    canPlace(e.id, 'private-subnet', ['vpc', 'region']).ok,
);

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length];
}

/** A valid design driven by a list of random choices; the same choices give the same design. */
export function buildDesign(choices: readonly number[], withLayout = true): DesignDocument {
  let cursor = 0;
  const next = () => choices[cursor++ % Math.max(1, choices.length)] ?? 0;
  const nodes: DesignNode[] = [];
  const add = (node: DesignNode) => {
    if (withLayout) node.position = { x: (next() % 50) * 20, y: (next() % 50) * 20 };
    nodes.push(node);
    return node.id;
  };
  const regionCount = 1 + (next() % 2);
  for (let r = 0; r < regionCount; r += 1) {
    const region = add({
      id: `r${r}`,
      service: 'region',
      props: { region: pick(KNOWN_REGIONS, next()) },
    });
    for (let k = 0; k < next() % 4; k += 1) {
      const svc = pick(regional, next());
      add({ id: `r${r}s${k}`, service: svc.id, parent: region, label: `${svc.name} ${k}` });
    }
    const vpcCount = next() % 2;
    for (let v = 0; v < vpcCount; v += 1) {
      const octet = r * 10 + v;
      const vpc = add({
        id: `r${r}v${v}`,
        service: 'vpc',
        parent: region,
        props: { cidr: `10.${octet}.0.0/16` },
      });
      const azCount = next() % 3;
      const homes = [vpc];
      for (let a = 0; a < azCount; a += 1) {
        homes.push(
          add({
            id: `r${r}v${v}a${a}`,
            service: 'availability-zone',
            parent: vpc,
            props: { zone: 'abcdef'[a] },
          }),
        );
      }
      const subnetCount = next() % 4;
      for (let s = 0; s < subnetCount; s += 1) {
        const kind = next() % 2 === 0 ? 'public-subnet' : 'private-subnet';
        const subnet = add({
          id: `r${r}v${v}n${s}`,
          service: kind,
          parent: pick(homes, next()),
          props: { cidr: `10.${octet}.${s}.0/24` },
        });
        for (let k = 0; k < next() % 3; k += 1) {
          const svc = pick(inSubnet, next());
          if (canPlace(svc.id, kind, ['vpc', 'region']).ok)
            add({ id: `r${r}v${v}n${s}x${k}`, service: svc.id, parent: subnet });
        }
      }
    }
  }
  for (let k = 0; k < next() % 3; k += 1)
    add({ id: `top${k}`, service: pick(topLevel, next()).id, label: `<b>"top" & 'co' ${k}</b>` });
  const edges: DesignDocument['edges'] = [];
  const seen = new Set<string>();
  const leaves = nodes.filter((n) => services.some((s) => s.id === n.service));
  for (let k = 0; k < next() % 12 && leaves.length > 1; k += 1) {
    const a = pick(leaves, next());
    const b = pick(leaves, next());
    const key = `${a.id}>${b.id}`;
    if (a.id === b.id || seen.has(key)) continue;
    const verdict = canConnect(a.service, b.service);
    if (!verdict.ok) continue;
    seen.add(key);
    edges.push({
      id: `e${k}`,
      source: a.id,
      target: b.id,
      meaning: verdict.meaning,
      label: verdict.label,
    });
  }
  return {
    format: 'cloudwright',
    version: 1,
    name: 'Random design',
    defaultRegion: pick(KNOWN_REGIONS, next()),
    nodes,
    edges,
  };
}

export const arbitraryDesign = fc
  .array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 80 })
  .map((c) => buildDesign(c));
