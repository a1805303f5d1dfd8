import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { restoreDesign } from '../model/restore.ts';
import type { DesignDocument } from '../model/types.ts';
import { layoutProblems } from './problems.ts';
import { layoutDesign } from './elk-node.ts';

const example = JSON.parse(
  readFileSync(new URL('../../../catalog/examples/serverless-api.json', import.meta.url), 'utf8'),
) as DesignDocument;

describe('layout', () => {
  it('places nodes without positions without overlaps and grows containers to fit', () => {
    const stripped: DesignDocument = {
      ...example,
      nodes: example.nodes.map(({ position: _p, ...n }) => n),
    };
    expect(layoutProblems(stripped)).toEqual([]);
  });

  it('ELK lays out the example hierarchically with no overlaps, and the result stays valid', async () => {
    const laidOut = await layoutDesign(example);
    expect(layoutProblems(laidOut)).toEqual([]);
    expect(restoreDesign(laidOut).ok).toBe(true);
    const vpc = laidOut.nodes.find((n) => n.id === 'vpc')!;
    expect(vpc.size!.width).toBeGreaterThan(200);
  });
});
