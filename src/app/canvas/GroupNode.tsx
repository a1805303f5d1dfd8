import { type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { getEntry } from '../../core/catalog/index.ts';
import { iconUrl } from '../icons.ts';
import { useEditor } from '../store/context.tsx';
import type { FlowNode } from './projection.ts';

/** A container drawn as AWS draws its architecture-diagram groups: coloured border, corner icon, title. */
function GroupNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const mark = useEditor((s) => s.highlight[id]);
  const entry = getEntry(data.service);
  const style = entry?.container;
  const icon = entry ? iconUrl(entry.icon) : undefined;
  const color = style?.color ?? '#7D8998';
  return (
    <div
      className={`cw-group h-full w-full ${selected ? 'cw-selected-group' : ''} ${mark ? `cw-mark-${mark}` : ''}`}
      data-diff={mark}
      style={{
        borderColor: color,
        borderStyle: style?.border ?? 'solid',
        ['--cw-group-fill' as string]: style?.fill ?? 'transparent',
        ['--cw-group-color' as string]: color,
      }}
      data-service={data.service}
    >
      <div className="cw-group-header flex items-center gap-1.5">
        {icon ? <img src={icon} alt="" width={26} height={26} draggable={false} /> : null}
        <span className="cw-group-title truncate text-[12px] font-semibold">{data.label}</span>
      </div>
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
