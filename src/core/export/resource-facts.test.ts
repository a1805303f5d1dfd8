/**
 * Keeps resource-facts.json in step with the official spec and the catalog. When the catalog
 * gains a CloudFormation type, run `UPDATE_FACTS=1 npx vitest run src/core/export/resource-facts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG_ENTRIES } from '../catalog/index.ts';
import {
  nestedProperties,
  specResource,
  type SpecProperty,
  type SpecType,
} from '../../../test-support/cfn-spec.ts';
import { EXTRA_TYPES, type TypeFacts, type ValueKind } from './facts.ts';
import current from './resource-facts.json';

function kindOf(t: SpecType): ValueKind {
  switch (t.type) {
    case 'string':
    case 'date-time':
      return 'string';
    case 'number':
    case 'integer':
    case 'boolean':
    case 'json':
      return t.type;
    case 'array':
      return 'array';
    case 'map':
    case 'ref':
    case 'tag':
      return 'object';
    case 'union': {
      const kinds = t.types.map(kindOf).filter((k) => k !== 'json');
      return kinds[0] ?? 'json';
    }
    default:
      return 'json';
  }
}

/** Walks a dotted path through the spec, noting the list prefixes, and returns the leaf kind. */
function walkPath(
  props: Record<string, SpecProperty>,
  path: string,
): { kind: ValueKind; lists: string[] } | null {
  let level = [props];
  const lists: string[] = [];
  const parts = path.split('.');
  let leaf: SpecProperty | undefined;
  for (let i = 0; i < parts.length; i += 1) {
    leaf = level.map((p) => p[parts[i]]).find(Boolean);
    if (!leaf) return null;
    const t = leaf.type;
    const isList =
      t.type === 'array' ||
      (t.type === 'union' && t.types.some((u) => u.type === 'array' && u.element.type === 'ref'));
    if (isList && i < parts.length - 1) lists.push(parts.slice(0, i + 1).join('.'));
    level = nestedProperties(t);
  }
  return leaf ? { kind: kindOf(leaf.type), lists } : null;
}

function generate(): Record<string, TypeFacts> {
  const types = new Set<string>(EXTRA_TYPES);
  const paths = new Map<string, Set<string>>();
  for (const e of CATALOG_ENTRIES) {
    e.cfn.forEach((c, i) => {
      types.add(c.type);
      if (i !== 0) return;
      for (const p of e.properties) {
        if (!p.cfn) continue;
        const set = paths.get(c.type) ?? new Set();
        set.add(p.cfn);
        paths.set(c.type, set);
      }
    });
  }
  const out: Record<string, TypeFacts> = {};
  for (const type of [...types].sort()) {
    const r = specResource(type) as
      | (ReturnType<typeof specResource> & {
          isStateful?: boolean;
          tagInformation?: { variant: string; tagPropertyName: string };
        })
      | null;
    if (!r) continue;
    const facts: TypeFacts = {};
    if (r.tagInformation)
      facts.tags = `${r.tagInformation.variant}:${r.tagInformation.tagPropertyName}`;
    if (r.isStateful) facts.stateful = true;
    const required = Object.entries(r.properties).filter(([, p]) => p.required);
    if (required.length > 0)
      facts.required = Object.fromEntries(
        required.sort(([a], [b]) => a.localeCompare(b)).map(([n, p]) => [n, kindOf(p.type)]),
      );
    const attributes = Object.keys(r.attributes).sort();
    if (attributes.length > 0) facts.attributes = attributes;
    const forType = [...(paths.get(type) ?? [])].sort();
    if (forType.length > 0) {
      facts.paths = {};
      for (const p of forType) {
        const walked = walkPath(r.properties, p);
        if (walked) facts.paths[p] = walked.lists.length > 0 ? walked : { kind: walked.kind };
      }
    }
    out[type] = facts;
  }
  return out;
}

describe('resource facts', () => {
  it('match the official specification for every type the catalog and the exporter use', () => {
    const fresh = generate();
    if (process.env.UPDATE_FACTS) {
      const file = fileURLToPath(new URL('./resource-facts.json', import.meta.url));
      writeFileSync(file, `${JSON.stringify(fresh, null, 1)}\n`);
      return;
    }
    expect(
      current,
      'resource-facts.json is stale: run UPDATE_FACTS=1 npx vitest run src/core/export/resource-facts',
    ).toEqual(fresh);
  });
});
