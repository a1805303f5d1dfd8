import { indexDesign } from '../model/graph.ts';
import type { DesignDocument } from '../model/types.ts';
import { resolveGeometry, type Box } from './geometry.ts';

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Problems a layout must not have: overlapping siblings, children sticking out of their container. */
export function layoutProblems(design: DesignDocument): string[] {
  const index = indexDesign(design);
  const boxes = resolveGeometry(design, index);
  const problems: string[] = [];
  for (const [parent, kids] of index.children) {
    for (let i = 0; i < kids.length; i += 1) {
      for (let j = i + 1; j < kids.length; j += 1) {
        if (overlaps(boxes.get(kids[i])!, boxes.get(kids[j])!))
          problems.push(`${kids[i]} overlaps ${kids[j]}`);
      }
      if (parent !== '') {
        const p = boxes.get(parent)!;
        const c = boxes.get(kids[i])!;
        if (c.x < 0 || c.y < 0 || c.x + c.width > p.width || c.y + c.height > p.height)
          problems.push(`${kids[i]} sticks out of ${parent}`);
      }
    }
  }
  return problems;
}
