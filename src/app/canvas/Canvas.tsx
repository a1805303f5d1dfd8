import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnSelectionChangeParams,
  getViewportForBounds,
  SelectionMode,
} from '@xyflow/react';
import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
} from 'react';
import { canConnect } from '../../core/catalog/index.ts';
import { resolveGeometry } from '../../core/layout/geometry.ts';
import { indexDesign } from '../../core/model/graph.ts';
import { addNode, connect, moveNode, reparentNode } from '../../core/model/ops.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { containerAt } from './drop-target.ts';
import { setPointer } from './pointer.ts';
import { GroupNode } from './GroupNode.tsx';
import { toFlow, type FlowNode } from './projection.ts';
import { ServiceNode } from './ServiceNode.tsx';

const nodeTypes = { service: ServiceNode, group: GroupNode };

/** Bounds of the top-level nodes (children lie inside their containers). */
function boundsOf(nodes: readonly FlowNode[]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    if (n.parentId !== undefined) continue;
    const w = n.width ?? 128;
    const h = n.height ?? 96;
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + w);
    maxY = Math.max(maxY, n.position.y + h);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
export const SERVICE_MIME = 'application/x-cloudwright-service';

/** The diagram: a React Flow view of the design document, every edit going through core/model. */
export function Canvas() {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const theme = useEditor((s) => s.theme);
  const flow = useReactFlow();
  const projected = useMemo(() => toFlow(design), [design]);
  const [nodes, setNodes] = useState<FlowNode[]>(projected.nodes);
  const [edges, setEdges] = useState<Edge[]>(projected.edges);
  const dragging = useRef(false);
  // The first frame is drawn already fitted (the geometry is known before React Flow measures
  // anything), so a large design renders once, at the zoom it will be seen at.
  const [initialViewport] = useState(() => {
    const width = Math.max(320, window.innerWidth - 240 - 288);
    const height = Math.max(240, window.innerHeight - 48 - 36);
    return projected.nodes.length === 0
      ? { x: 0, y: 0, zoom: 1 }
      : getViewportForBounds(boundsOf(projected.nodes), width, height, 0.1, 1, 0.1);
  });

  // Another design was loaded (open, template, new): show all of it.
  const designKey = useEditor((s) => s.designKey);
  useEffect(() => {
    // After React Flow has measured the new nodes (a frame or two), not before.
    const timer = setTimeout(() => void flow.fitView({ duration: 0 }), 80);
    return () => clearTimeout(timer);
  }, [designKey, flow]);

  // The design is the truth: whenever it changes, the view is projected again. Nodes and edges
  // the edit did not touch keep React Flow's own copies (measured size, selection), so React Flow
  // neither re-renders nor re-measures them.
  const previous = useRef<{ nodes: Map<string, FlowNode>; edges: Map<string, Edge> }>({
    nodes: new Map(),
    edges: new Map(),
  });
  useEffect(() => {
    const before = previous.current;
    const { selectedNodes, selectedEdges } = store.getState();
    // A large change (layout, paste of many nodes) renders in interruptible slices, not one long task.
    const large = projected.nodes.filter((n) => before.nodes.get(n.id) !== n).length > 100;
    const update = large ? startTransition : (fn: () => void) => fn();
    update(() => {
      setNodes((current) => {
        const byId = new Map(current.map((n) => [n.id, n]));
        return projected.nodes.map((n) => {
          const kept = byId.get(n.id);
          if (kept && before.nodes.get(n.id) === n) return kept;
          return selectedNodes.includes(n.id) ? { ...n, selected: true } : n;
        });
      });
      setEdges((current) => {
        const byId = new Map(current.map((e) => [e.id, e]));
        return projected.edges.map((e) => {
          const kept = byId.get(e.id);
          if (kept && before.edges.get(e.id) === e) return kept;
          return selectedEdges.includes(e.id) ? { ...e, selected: true } : e;
        });
      });
    });
    previous.current = {
      nodes: new Map(projected.nodes.map((n) => [n.id, n])),
      edges: new Map(projected.edges.map((e) => [e.id, e])),
    };
  }, [projected, store]);

  // Selection made outside the canvas (select all, paste, the review panel) shows on the canvas.
  const selectedNodes = useEditor((s) => s.selectedNodes);
  const selectedEdges = useEditor((s) => s.selectedEdges);
  useEffect(() => {
    const nodeSet = new Set(selectedNodes);
    const edgeSet = new Set(selectedEdges);
    setNodes((current) =>
      current.some((n) => !!n.selected !== nodeSet.has(n.id))
        ? current.map((n) =>
            !!n.selected === nodeSet.has(n.id) ? n : { ...n, selected: nodeSet.has(n.id) },
          )
        : current,
    );
    setEdges((current) =>
      current.some((e) => !!e.selected !== edgeSet.has(e.id))
        ? current.map((e) =>
            !!e.selected === edgeSet.has(e.id) ? e : { ...e, selected: edgeSet.has(e.id) },
          )
        : current,
    );
  }, [selectedNodes, selectedEdges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      // Keyboard nudges (arrow keys) arrive as position changes outside a drag: commit them.
      const nudges = changes.filter(
        (c) => c.type === 'position' && c.position && !c.dragging && !dragging.current,
      );
      for (const c of nudges) {
        if (c.type === 'position' && c.position) {
          const pos = { x: Math.round(c.position.x), y: Math.round(c.position.y) };
          store.getState().apply((d) => moveNode(d, c.id, pos));
        }
      }
    },
    [store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );

  const onSelectionChange = useCallback(
    ({ nodes: n, edges: e }: OnSelectionChangeParams) => {
      store.getState().select(
        n.map((x) => x.id),
        e.map((x) => x.id),
      );
    },
    [store],
  );

  const onNodeDragStart = useCallback(() => {
    dragging.current = true;
  }, []);

  const onNodeDragStop = useCallback(
    (_: unknown, node: FlowNode, dragged: FlowNode[]) => {
      dragging.current = false;
      const state = store.getState();
      const d = state.design;
      const index = indexDesign(d);
      const boxes = resolveGeometry(d, index);
      const moved = dragged.length > 0 ? dragged : [node];
      // One undo step for the whole drag, however many nodes moved.
      state.apply((doc) => {
        let next = doc;
        for (const n of moved) {
          const internal = flow.getInternalNode(n.id);
          const abs = internal?.internals.positionAbsolute ?? n.position;
          const centre = {
            x: abs.x + (n.measured?.width ?? 0) / 2,
            y: abs.y + (n.measured?.height ?? 0) / 2,
          };
          const target = containerAt(centre, index, boxes, n.id);
          const current = index.nodes.get(n.id)?.parent;
          let position = { x: Math.round(n.position.x), y: Math.round(n.position.y) };
          if (target.parent !== current) {
            const parentBox = target.parent
              ? flow.getInternalNode(target.parent)?.internals.positionAbsolute
              : { x: 0, y: 0 };
            position = {
              x: Math.round(abs.x - (parentBox?.x ?? 0)),
              y: Math.round(abs.y - (parentBox?.y ?? 0)),
            };
            const r = reparentNode(next, n.id, target.parent, position);
            if (!r.ok) return r;
            next = r.value;
          } else {
            const r = moveNode(next, n.id, position);
            if (!r.ok) return r;
            next = r.value;
          }
        }
        return { ok: true, value: next };
      });
      // A refused move snaps back: re-project from the unchanged design.
      if (store.getState().design === d) setNodes(toFlow(d).nodes);
    },
    [flow, store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      store.getState().apply((d) => {
        const r = connect(d, c.source, c.target);
        return r.ok ? { ok: true, value: r.value.design } : r;
      });
    },
    [store],
  );

  const isValidConnection = useCallback(
    (c: Connection | Edge) => {
      const index = indexDesign(store.getState().design);
      const s = index.nodes.get(c.source);
      const t = index.nodes.get(c.target);
      return !!s && !!t && s.id !== t.id && canConnect(s.service, t.service).ok;
    },
    [store],
  );

  // A drop on a node the catalog does not allow gets the reason, not silence.
  const onConnectEnd = useCallback(
    (_: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (
        state.isValid ||
        !state.fromNode ||
        !state.toNode ||
        state.fromNode.id === state.toNode.id
      )
        return;
      const index = indexDesign(store.getState().design);
      const s = index.nodes.get(state.fromNode.id);
      const t = index.nodes.get(state.toNode.id);
      if (!s || !t) return;
      const verdict = canConnect(s.service, t.service);
      if (!verdict.ok) store.getState().notify('error', `Connection refused: ${verdict.reason}`);
    },
    [store],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(SERVICE_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const service = event.dataTransfer.getData(SERVICE_MIME);
      if (!service) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const d = store.getState().design;
      const index = indexDesign(d);
      const target = containerAt(point, index, resolveGeometry(d, index));
      const position = { x: target.position.x - 64, y: target.position.y - 40 };
      let added: string | undefined;
      const ok = store.getState().apply((doc) => {
        const r = addNode(doc, { service, parent: target.parent, position });
        if (!r.ok) return r;
        added = r.value.id;
        return { ok: true, value: r.value.design };
      });
      if (ok && added) store.getState().select([added]);
    },
    [flow, store],
  );

  const onNodesDelete = useCallback(() => undefined, []);

  return (
    <div
      className="h-full w-full"
      onDragOver={onDragOver}
      onDrop={onDrop}
      onPointerMove={(e) => setPointer(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }))}
      onPointerLeave={() => setPointer(null)}
      data-testid="canvas"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onNodesDelete={onNodesDelete}
        isValidConnection={isValidConnection}
        deleteKeyCode={null}
        colorMode={theme}
        defaultViewport={initialViewport}
        minZoom={0.1}
        maxZoom={2.5}
        snapToGrid
        snapGrid={[8, 8]}
        selectionOnDrag={false}
        panOnDrag
        multiSelectionKeyCode="Shift"
        selectionMode={SelectionMode.Partial}
        proOptions={{ hideAttribution: false }}
        aria-label="Design canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <Controls position="bottom-left" aria-label="Zoom controls" />
        <MiniMap
          position="bottom-right"
          pannable
          zoomable
          ariaLabel="Mini map"
          className="cw-minimap"
          style={{ width: 160, height: 110 }}
          nodeColor={(n) => (n.type === 'group' ? 'transparent' : 'var(--cw-accent)')}
          nodeStrokeColor={(n) => (n.type === 'group' ? 'var(--cw-muted)' : 'var(--cw-accent)')}
          nodeStrokeWidth={3}
          maskColor="color-mix(in srgb, var(--cw-bg) 60%, transparent)"
        />
      </ReactFlow>
    </div>
  );
}
