import { describe, expect, it } from 'vitest';
import { copyFragment, pasteFragment } from './clipboard.ts';
import { restoreDesign } from './restore.ts';
import type { DesignDocument } from './types.ts';

const base: DesignDocument = {
  format: 'cloudwright',
  version: 1,
  name: 'Clip',
  defaultRegion: 'us-east-1',
  nodes: [
    { id: 'r1', service: 'region' },
    { id: 'v1', service: 'vpc', parent: 'r1', props: { cidr: '10.0.0.0/16' } },
    { id: 'az-1', service: 'availability-zone', parent: 'v1', position: { x: 10, y: 10 } },
    { id: 'u-1', service: 'users', position: { x: 0, y: 0 } },
    { id: 'x-1', service: 'external-system', position: { x: 100, y: 0 } },
  ],
  edges: [{ id: 'e-1', source: 'u-1', target: 'x-1', meaning: 'invoke' }],
};

describe('copy and paste', () => {
  it('duplicates nodes with new ids and keeps internal edges', () => {
    const frag = copyFragment(base, ['u-1', 'x-1']);
    const r = pasteFragment(base, frag, undefined, { x: 300, y: 300 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { design, ids } = r.value;
    expect(ids).toEqual(['u-2', 'x-2']);
    expect(design.nodes.find((n) => n.id === 'x-2')?.position).toEqual({ x: 400, y: 300 });
    expect(design.edges.at(-1)).toMatchObject({ source: 'u-2', target: 'x-2' });
    expect(restoreDesign(design).ok).toBe(true);
  });

  it('copies containers with their children and pastes only where allowed', () => {
    const frag = copyFragment(base, ['az-1']);
    expect(pasteFragment(base, frag, undefined).ok).toBe(false);
    const r = pasteFragment(base, frag, 'v1', { x: 0, y: 300 });
    expect(r.ok && restoreDesign(r.value.design).ok).toBe(true);
  });
});
