import { Handle, Position, useStore as useFlowStore, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { getEntry } from '../../core/catalog/index.ts';
import { iconUrl } from '../icons.ts';
import { useEditor } from '../store/context.tsx';
import type { FlowNode } from './projection.ts';

const farSelector = (s: { transform: [number, number, number] }) => s.transform[2] < 0.4;

/** A service on the canvas: its official icon, its label and the service name. */
function ServiceNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const worst = useEditor((s) => s.worst[id]);
  const mark = useEditor((s) => s.highlight[id]);
  // Zoomed far out, a node draws as a plain tile: no image decode, no text layout while panning.
  const far = useFlowStore(farSelector);
  const entry = getEntry(data.service);
  const icon = entry ? iconUrl(entry.icon) : undefined;
  const showName = entry && entry.name !== data.label;
  if (far) {
    return (
      <div
        className={`cw-service cw-service-far h-[96px] w-[128px] rounded-md ${selected ? 'cw-selected' : ''}`}
        data-service={data.service}
        data-simplified="true"
      >
        <Handle type="target" position={Position.Left} className="cw-handle" />
        <div className={`cw-far-tile ${worst ? `cw-sev-${worst}` : ''}`} />
        <Handle type="source" position={Position.Right} className="cw-handle" />
      </div>
    );
  }
  return (
    <div
      className={`cw-service relative flex h-[96px] w-[128px] flex-col items-center gap-1 rounded-md px-1 pt-2 text-center ${selected ? 'cw-selected' : ''} ${mark ? `cw-mark-${mark}` : ''}`}
      data-diff={mark}
      data-service={data.service}
    >
      <Handle type="target" position={Position.Left} className="cw-handle" />
      {worst ? (
        <span
          className={`cw-node-badge cw-sev-${worst}`}
          role="img"
          aria-label={`Worst open finding: ${worst}`}
          title={`Worst open finding: ${worst}`}
        >
          !
        </span>
      ) : null}
      {icon ? (
        <img src={icon} alt="" width={44} height={44} draggable={false} className="cw-icon" />
      ) : (
        <div className="h-11 w-11 rounded bg-slate-300" />
      )}
      <div className="cw-node-label line-clamp-2 w-full text-[11px] leading-tight font-medium">
        {data.label}
      </div>
      {showName ? (
        <div className="cw-node-sub w-full truncate text-[10px] leading-tight">{entry.name}</div>
      ) : null}
      <Handle type="source" position={Position.Right} className="cw-handle" />
    </div>
  );
}

export const ServiceNode = memo(ServiceNodeView);
