import { memo, useMemo } from 'react';
import { getEntry } from '../../core/catalog/index.ts';
import { absoluteBox, resolveGeometry } from '../../core/layout/geometry.ts';
import { indexDesign } from '../../core/model/graph.ts';
import type { DesignDocument } from '../../core/model/types.ts';

/** A small drawing of a design: group boxes in AWS colours, services as tiles, edges as lines. */
export const Thumbnail = memo(function Thumbnail({
  design,
  width = 280,
  height = 150,
}: {
  design: DesignDocument;
  width?: number;
  height?: number;
}) {
  const shapes = useMemo(() => {
    const index = indexDesign(design);
    const boxes = resolveGeometry(design, index);
    const abs = new Map(design.nodes.map((n) => [n.id, absoluteBox(boxes, index, n.id)]));
    const all = [...abs.values()];
    const minX = Math.min(...all.map((b) => b.x), 0);
    const minY = Math.min(...all.map((b) => b.y), 0);
    const maxX = Math.max(...all.map((b) => b.x + b.width), 1);
    const maxY = Math.max(...all.map((b) => b.y + b.height), 1);
    return {
      index,
      abs,
      view: `${minX - 10} ${minY - 10} ${maxX - minX + 20} ${maxY - minY + 20}`,
    };
  }, [design]);
  return (
    <svg
      viewBox={shapes.view}
      width={width}
      height={height}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      className="cw-thumb"
    >
      {design.edges.map((e) => {
        const a = shapes.abs.get(e.source);
        const b = shapes.abs.get(e.target);
        if (!a || !b) return null;
        return (
          <line
            key={e.id}
            x1={a.x + a.width / 2}
            y1={a.y + a.height / 2}
            x2={b.x + b.width / 2}
            y2={b.y + b.height / 2}
            className="cw-thumb-edge"
          />
        );
      })}
      {design.nodes.map((n) => {
        const box = shapes.abs.get(n.id)!;
        const entry = getEntry(n.service);
        if (entry?.kind === 'container') {
          return (
            <rect
              key={n.id}
              x={box.x}
              y={box.y}
              width={box.width}
              height={box.height}
              fill={entry.container?.fill ?? 'none'}
              fillOpacity={0.5}
              stroke={entry.container?.color ?? '#7D8998'}
              strokeWidth={4}
              strokeDasharray={entry.container?.border === 'dashed' ? '12 8' : undefined}
            />
          );
        }
        return (
          <rect
            key={n.id}
            x={box.x + 34}
            y={box.y + 8}
            width={60}
            height={60}
            rx={8}
            className="cw-thumb-node"
          />
        );
      })}
    </svg>
  );
});
