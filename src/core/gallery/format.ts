import type { Template } from './types.ts';

/**
 * A template file's text: 2-space JSON, except that each design node and edge takes one line,
 * so diffs of a layout or of one node stay small. Ends with a newline. Deterministic.
 */
export function formatTemplate(template: Template): string {
  const { design, ...rest } = template;
  const { nodes, edges, ...head } = design;
  const list = (items: readonly unknown[]) =>
    items.length === 0
      ? '[]'
      : `[\n${items.map((item) => `      ${JSON.stringify(item)}`).join(',\n')}\n    ]`;
  const designHead = JSON.stringify(head, null, 2).replace(/\n/g, '\n  ');
  const designText = `${designHead.slice(0, -4)},\n    "nodes": ${list(nodes)},\n    "edges": ${list(edges)}\n  }`;
  const top = JSON.stringify({ ...rest, design: null }, null, 2);
  return `${top.replace('"design": null', () => `"design": ${designText}`)}\n`;
}
