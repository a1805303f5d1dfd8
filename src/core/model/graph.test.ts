import { describe, expect, it } from 'vitest';
import { isLayoutOnlyChange } from './graph.ts';
import { moveNode, updateNodeText } from './ops.ts';
import type { DesignDocument } from './types.ts';

const design: DesignDocument = {
  format: 'cloudwright',
  version: 1,
  name: 'G',
  defaultRegion: 'us-east-1',
  nodes: [
    { id: 'u', service: 'users', position: { x: 0, y: 0 } },
    { id: 'x', service: 'external-system' },
  ],
  edges: [],
};

describe('isLayoutOnlyChange', () => {
  it('is true for moves and false for any other edit', () => {
    const moved = moveNode(design, 'u', { x: 40, y: 8 });
    expect(moved.ok && isLayoutOnlyChange(design, moved.value)).toBe(true);
    const relabelled = updateNodeText(design, 'u', { label: 'Shoppers' });
    expect(relabelled.ok && isLayoutOnlyChange(design, relabelled.value)).toBe(false);
    expect(isLayoutOnlyChange(design, { ...design, name: 'H' })).toBe(false);
    expect(isLayoutOnlyChange(design, { ...design, nodes: design.nodes.slice(1) })).toBe(false);
  });
});
