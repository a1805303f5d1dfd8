import { describe, expect, it } from 'vitest';
import {
  addNode,
  connect,
  emptyDesign,
  moveNode,
  removeNodes,
  reparentNode,
  updateEdgeMeaning,
  updateNodeText,
  updateProps,
  updateUsage,
} from './ops.ts';
import { restoreDesign } from './restore.ts';
import type { DesignDocument, Result } from './types.ts';

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.value;
}

function network(): DesignDocument {
  let d = emptyDesign('Ops');
  d = ok(addNode(d, { service: 'region', id: 'r1' })).design;
  d = ok(addNode(d, { service: 'vpc', id: 'v1', parent: 'r1' })).design;
  d = ok(
    addNode(d, {
      service: 'private-subnet',
      id: 's1',
      parent: 'v1',
      props: { cidr: '10.0.1.0/24' },
    }),
  ).design;
  return d;
}

describe('design operations', () => {
  it('add refuses what the catalog forbids, with the reason', () => {
    const r = addNode(emptyDesign(), { service: 'vpc' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/cannot be placed in the top level/);
    expect(addNode(emptyDesign(), { service: 'nope' }).ok).toBe(false);
  });

  it('add gives fresh ids and never mutates its input', () => {
    const d = network();
    const before = JSON.stringify(d);
    const a = ok(addNode(d, { service: 'users' }));
    const b = ok(addNode(a.design, { service: 'users' }));
    expect(a.id).not.toBe(b.id);
    expect(JSON.stringify(d)).toBe(before);
    expect(restoreDesign(b.design).ok).toBe(true);
  });

  it('reparent checks placement and cycles', () => {
    const d = network();
    expect(reparentNode(d, 's1', 'r1').ok).toBe(false);
    expect(reparentNode(d, 'v1', 's1').ok).toBe(false);
    const withAz = ok(addNode(d, { service: 'availability-zone', id: 'az', parent: 'v1' })).design;
    const moved = ok(reparentNode(withAz, 's1', 'az', { x: 10, y: 20 }));
    expect(moved.nodes.find((n) => n.id === 's1')).toMatchObject({
      parent: 'az',
      position: { x: 10, y: 20 },
    });
    const users = ok(addNode(moved, { service: 'users', id: 'u', parent: undefined }));
    const out = ok(reparentNode(users.design, 'u', undefined));
    expect(out.nodes.find((n) => n.id === 'u')?.parent).toBeUndefined();
  });

  it('connect uses the catalog rule and refuses duplicates and containers', () => {
    let d = ok(addNode(emptyDesign(), { service: 'users', id: 'u' })).design;
    d = ok(addNode(d, { service: 'external-system', id: 'x' })).design;
    const c = ok(connect(d, 'u', 'x'));
    expect(c.design.edges[0]).toMatchObject({
      source: 'u',
      target: 'x',
      meaning: 'invoke',
      label: 'uses',
    });
    expect(connect(c.design, 'u', 'x').ok).toBe(false);
    expect(connect(c.design, 'u', 'u').ok).toBe(false);
    const withRegion = ok(addNode(c.design, { service: 'region', id: 'r' })).design;
    expect(connect(withRegion, 'u', 'r').ok).toBe(false);
  });

  it('remove takes descendants and their edges', () => {
    let d = network();
    d = ok(addNode(d, { service: 'users', id: 'u' })).design;
    d = ok(addNode(d, { service: 'generic-resource', id: 'g', parent: 's1' })).design;
    d = ok(connect(d, 'u', 'g')).design;
    const out = removeNodes(d, ['v1']);
    expect(out.nodes.map((n) => n.id)).toEqual(['r1', 'u']);
    expect(out.edges).toEqual([]);
  });

  it('props, usage and text updates are checked and clearable', () => {
    const d = network();
    expect(updateProps(d, 's1', { cidr: 'bad' }).ok).toBe(false);
    expect(updateProps(d, 's1', { nope: 1 }).ok).toBe(false);
    const set = ok(updateProps(d, 's1', { cidr: '10.0.2.0/24' }));
    expect(set.nodes[2].props).toEqual({ cidr: '10.0.2.0/24' });
    const cleared = ok(updateProps(set, 's1', { cidr: undefined }));
    expect(cleared.nodes[2].props).toBeUndefined();
    const withUsers = ok(addNode(d, { service: 'users', id: 'u' })).design;
    expect(updateUsage(withUsers, 'u', { users: -1 }).ok).toBe(false);
    expect(ok(updateUsage(withUsers, 'u', { users: 5 })).nodes[3].usage).toEqual({ users: 5 });
    const labelled = ok(
      updateNodeText(withUsers, 'u', { label: 'Customers', tags: { team: 'a' } }),
    );
    expect(labelled.nodes[3]).toMatchObject({ label: 'Customers', tags: { team: 'a' } });
    expect(ok(moveNode(labelled, 'u', { x: 1, y: 2 })).nodes[3].position).toEqual({ x: 1, y: 2 });
  });

  it('sets an edge meaning, refusing unknown ones', () => {
    let d = ok(addNode(emptyDesign(), { service: 'users', id: 'u' })).design;
    d = ok(addNode(d, { service: 'external-system', id: 'x' })).design;
    const c = ok(connect(d, 'u', 'x'));
    expect(ok(updateEdgeMeaning(c.design, c.id, 'read')).edges[0].meaning).toBe('read');
    expect(updateEdgeMeaning(c.design, c.id, 'teleport' as never).ok).toBe(false);
  });
});
