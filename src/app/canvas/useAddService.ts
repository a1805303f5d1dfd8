import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { getEntry } from '../../core/catalog/index.ts';
import { absoluteBox, resolveGeometry } from '../../core/layout/geometry.ts';
import { ancestorsOf, indexDesign } from '../../core/model/graph.ts';
import { addNode } from '../../core/model/ops.ts';
import { useEditorStore } from '../store/context.tsx';
import { containerAt, placementIn } from './drop-target.ts';

/**
 * Adds a service without the mouse: into the selected container when one is selected, else at
 * the centre of the visible canvas (inside whatever container is there).
 */
export function useAddService() {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback(
    (service: string) => {
      const state = store.getState();
      const d = state.design;
      const index = indexDesign(d);
      const selected =
        state.selectedNodes.length === 1 ? index.nodes.get(state.selectedNodes[0]) : undefined;
      let parent: string | undefined;
      let position: { x: number; y: number } | undefined;
      if (selected && getEntry(selected.service)?.kind === 'container') {
        parent = selected.id;
      } else {
        const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
        const centre = pane
          ? flow.screenToFlowPosition({ x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 })
          : { x: 0, y: 0 };
        const boxes = resolveGeometry(d, index);
        const target = containerAt(centre, index, boxes);
        // The container at the centre may not take this service (a table in a subnet): use the
        // nearest enclosing container that does, or the top level.
        const chain = target.parent
          ? [target.parent, ...ancestorsOf(index, target.parent).map((a) => a.id)]
          : [];
        parent = chain.find((id) => placementIn(index, service, id).ok);
        const origin = parent ? absoluteBox(boxes, index, parent) : { x: 0, y: 0 };
        position = {
          x: Math.round(centre.x - origin.x - 64),
          y: Math.round(centre.y - origin.y - 48),
        };
      }
      let added: string | undefined;
      const ok = state.apply((doc) => {
        const r = addNode(doc, { service, parent, position });
        if (!r.ok) return r;
        added = r.value.id;
        return { ok: true, value: r.value.design };
      });
      if (ok && added) {
        state.select([added]);
        state.notify(
          'info',
          `Added ${getEntry(service)?.name ?? service}${parent ? ` to ${index.nodes.get(parent)?.label ?? getEntry(index.nodes.get(parent)!.service)?.name}` : ''}.`,
        );
      }
      return ok;
    },
    [flow, store],
  );
}
