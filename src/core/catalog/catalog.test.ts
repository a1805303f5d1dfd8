import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasPropertyPath, specResource } from '../../../test-support/cfn-spec.ts';
import { checkCatalog } from './check.ts';
import { CATALOG_ENTRIES, CATALOG_FILES } from './data.ts';
import { canConnect, canPlace, getEntry, searchCatalog } from './index.ts';

const iconRoot = fileURLToPath(new URL('../../../node_modules/aws-icons/icons/', import.meta.url));

describe('catalog data', () => {
  it('matches the schema and its cross-references resolve', () => {
    expect(checkCatalog(CATALOG_ENTRIES)).toEqual([]);
  });

  it('has every icon in the aws-icons package', () => {
    const missing = CATALOG_ENTRIES.filter((e) => !existsSync(iconRoot + e.icon)).map((e) => `${e.id}: ${e.icon}`);
    expect(missing).toEqual([]);
  });

  it('names only CloudFormation types and property paths that exist in the official spec', () => {
    const problems: string[] = [];
    for (const e of CATALOG_ENTRIES) {
      for (const c of e.cfn) {
        if (!specResource(c.type)) {
          problems.push(`${e.id}: ${c.type} is not a resource type`);
          continue;
        }
        for (const key of Object.keys(c.defaults ?? {})) {
          if (!hasPropertyPath(c.type, key)) problems.push(`${e.id}: ${c.type} has no property ${key}`);
        }
      }
      const primary = e.cfn[0]?.type;
      for (const p of e.properties) {
        if (!p.cfn) continue;
        if (!primary) problems.push(`${e.id}.${p.key}: maps to ${p.cfn} but the entry has no CloudFormation type`);
        else if (specResource(primary) && !hasPropertyPath(primary, p.cfn)) {
          problems.push(`${e.id}.${p.key}: ${primary} has no property path ${p.cfn}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('covers the containers, generic nodes and at least 110 services', () => {
    for (const id of ['aws-cloud', 'region', 'availability-zone', 'vpc', 'public-subnet', 'private-subnet',
      'security-group', 'auto-scaling-group', 'outpost', 'corporate-data-center', 'users', 'devices', 'external-system']) {
      expect(getEntry(id), id).toBeDefined();
    }
    expect(CATALOG_ENTRIES.filter((e) => e.kind === 'service').length).toBeGreaterThanOrEqual(110);
  });

  it('keeps every file non-empty', () => {
    for (const [name, entries] of Object.entries(CATALOG_FILES)) expect(entries.length, name).toBeGreaterThan(0);
  });
});

describe('canPlace', () => {
  it('allows a VPC in a Region and refuses it at the top level with a reason', () => {
    expect(canPlace('vpc', 'region')).toEqual({ ok: true });
    const no = canPlace('vpc', null);
    expect(no.ok).toBe(false);
    if (!no.ok) expect(no.reason).toMatch(/Amazon VPC cannot be placed in the top level/);
  });

  it('needs a VPC somewhere above a subnet', () => {
    expect(canPlace('private-subnet', 'vpc', ['region'])).toEqual({ ok: true });
    expect(canPlace('private-subnet', 'availability-zone', ['vpc', 'region'])).toEqual({ ok: true });
    const az = canPlace('private-subnet', 'availability-zone', ['region']);
    expect(az.ok).toBe(false);
    if (!az.ok) expect(az.reason).toMatch(/must be inside Amazon VPC/);
  });

  it('puts an Outpost subnet only in an Outpost', () => {
    expect(canPlace('outpost-subnet', 'outpost', ['vpc', 'region']).ok).toBe(true);
    expect(canPlace('outpost-subnet', 'vpc', ['region']).ok).toBe(false);
  });

  it('refuses a service as a parent and unknown ids', () => {
    expect(canPlace('users', 'users').ok).toBe(false);
    expect(canPlace('no-such-thing', null).ok).toBe(false);
    expect(canPlace('users', 'no-such-container').ok).toBe(false);
  });
});

describe('canConnect', () => {
  it('gives the meaning of an allowed edge', () => {
    const v = canConnect('users', 'external-system');
    expect(v).toEqual({ ok: true, meaning: 'invoke', label: 'uses' });
  });

  it('refuses edges to containers and unknown services with a reason', () => {
    const v = canConnect('users', 'vpc');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(/Containers/);
    expect(canConnect('users', 'nope').ok).toBe(false);
  });
});

describe('searchCatalog', () => {
  it('finds by name, alias and category', () => {
    expect(searchCatalog('users')[0].id).toBe('users');
    expect(searchCatalog('on-premises').map((e) => e.id)).toContain('corporate-data-center');
    expect(searchCatalog('groups').map((e) => e.id)).toContain('vpc');
    expect(searchCatalog('zzzz-nothing')).toEqual([]);
  });
});
