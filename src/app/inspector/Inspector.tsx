import { useShallow } from 'zustand/react/shallow';
import {
  EDGE_MEANINGS,
  getEntry,
  type EdgeMeaning,
  type PropertySpec,
} from '../../core/catalog/index.ts';
import {
  updateEdgeLabel,
  updateEdgeMeaning,
  updateNodeText,
  updateProps,
  updateUsage,
} from '../../core/model/ops.ts';
import { MAX_LABEL } from '../../core/model/index.ts';
import type { DesignNode, PropValue } from '../../core/model/types.ts';
import { iconUrl } from '../icons.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { PropertyField, TextField, UsageField } from './fields.tsx';

function tagsToText(tags: Record<string, string> | undefined): string {
  return Object.entries(tags ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function textToTags(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [k, ...v] = part.split('=');
    if (k.trim()) out[k.trim()] = v.join('=').trim();
  }
  return out;
}

function NodeInspector({ node }: { node: DesignNode }) {
  const store = useEditorStore();
  const entry = getEntry(node.service);
  if (!entry) return <p className="p-3 text-sm">Unknown service “{node.service}”.</p>;
  const apply = store.getState().apply;
  const icon = iconUrl(entry.icon);
  return (
    <div className="p-3">
      <div className="mb-3 flex items-center gap-2">
        {icon ? <img src={icon} alt="" width={32} height={32} /> : null}
        <div className="min-w-0">
          <h2 className="truncate text-sm font-semibold">{entry.name}</h2>
          <p className="cw-muted truncate text-[11px]">
            {node.id}
            {entry.cfn[0] ? ` · ${entry.cfn[0].type}` : ' · not exportable'}
          </p>
        </div>
      </div>
      <p className="cw-muted mb-3 text-xs">{entry.description}</p>
      <TextField
        label="Label"
        value={node.label ?? ''}
        placeholder={entry.name}
        validate={(v) => (v.length > MAX_LABEL ? `At most ${MAX_LABEL} characters.` : null)}
        onCommit={(v) => apply((d) => updateNodeText(d, node.id, { label: v }))}
      />
      {entry.properties.length > 0 ? <h3 className="cw-section mt-3 mb-1.5">Properties</h3> : null}
      {entry.properties.map((spec) => (
        <PropertyField
          key={spec.key}
          spec={spec}
          value={node.props?.[spec.key]}
          onCommit={(v) => apply((d) => updateProps(d, node.id, { [spec.key]: v }))}
        />
      ))}
      {entry.usage.length > 0 ? (
        <h3 className="cw-section mt-3 mb-1.5">Usage assumptions</h3>
      ) : null}
      {entry.usage.map((spec) => (
        <UsageField
          key={spec.key}
          spec={spec}
          value={node.usage?.[spec.key]}
          onCommit={(v) => apply((d) => updateUsage(d, node.id, { [spec.key]: v }))}
        />
      ))}
      <h3 className="cw-section mt-3 mb-1.5">Notes and tags</h3>
      <TextField
        label="Notes"
        multiline
        value={node.notes ?? ''}
        onCommit={(v) => apply((d) => updateNodeText(d, node.id, { notes: v }))}
      />
      <TextField
        label="Tags"
        value={tagsToText(node.tags)}
        help="key=value, comma separated"
        onCommit={(v) => apply((d) => updateNodeText(d, node.id, { tags: textToTags(v) }))}
      />
    </div>
  );
}

/** Fields every selected node shares (same key and type), edited together. */
function MultiInspector({ nodes }: { nodes: DesignNode[] }) {
  const store = useEditorStore();
  const entries = nodes.map((n) => getEntry(n.service));
  const first = entries[0]?.properties ?? [];
  const shared: PropertySpec[] = first.filter((p) =>
    entries.every((e) =>
      e?.properties.some(
        (q) =>
          q.key === p.key &&
          q.type === p.type &&
          JSON.stringify(q.allowed) === JSON.stringify(p.allowed),
      ),
    ),
  );
  const valueOf = (spec: PropertySpec) => {
    const values = nodes.map((n) => JSON.stringify(n.props?.[spec.key] ?? spec.default));
    return new Set(values).size === 1
      ? { value: nodes[0].props?.[spec.key], mixed: false }
      : { value: undefined, mixed: true };
  };
  const setAll = (key: string, v: PropValue | undefined) =>
    store.getState().apply((d) => {
      let next = d;
      for (const n of nodes) {
        const r = updateProps(next, n.id, { [key]: v });
        if (!r.ok) return r;
        next = r.value;
      }
      return { ok: true, value: next };
    });
  return (
    <div className="p-3">
      <h2 className="mb-1 text-sm font-semibold">{nodes.length} nodes selected</h2>
      <p className="cw-muted mb-3 text-xs">
        {shared.length > 0 ? 'Changes apply to all of them.' : 'They share no property.'}
      </p>
      {shared.map((spec) => {
        const { value, mixed } = valueOf(spec);
        return (
          <PropertyField
            key={spec.key}
            spec={spec}
            value={value}
            mixed={mixed}
            onCommit={(v) => setAll(spec.key, v)}
          />
        );
      })}
    </div>
  );
}

/** Settings of the selection, generated from the catalog. */
export function Inspector() {
  const store = useEditorStore();
  const [nodeIds, edgeIds] = useEditor(
    useShallow((s) => [s.selectedNodes, s.selectedEdges] as const),
  );
  const design = useEditor((s) => s.design);
  const nodes = nodeIds
    .map((id) => design.nodes.find((n) => n.id === id))
    .filter((n): n is DesignNode => !!n);
  const labelOf = (id: string) => {
    const n = design.nodes.find((x) => x.id === id);
    return n?.label ?? (n ? (getEntry(n.service)?.name ?? id) : id);
  };
  const edge =
    nodes.length === 0 && edgeIds.length === 1
      ? design.edges.find((e) => e.id === edgeIds[0])
      : undefined;
  return (
    <section aria-label="Inspector" className="cw-panel h-full overflow-y-auto">
      {nodes.length === 1 ? <NodeInspector key={nodes[0].id} node={nodes[0]} /> : null}
      {nodes.length > 1 ? <MultiInspector nodes={nodes} /> : null}
      {edge ? (
        <div className="p-3">
          <h2 className="mb-1 text-sm font-semibold">Connection</h2>
          <p className="cw-muted mb-3 text-xs">
            {labelOf(edge.source)} → {labelOf(edge.target)}
          </p>
          <TextField
            label="Label"
            value={edge.label ?? ''}
            onCommit={(v) => store.getState().apply((d) => updateEdgeLabel(d, edge.id, v))}
          />
          <label htmlFor="edge-meaning" className="cw-label mb-0.5 block text-xs font-medium">
            Meaning
          </label>
          <select
            id="edge-meaning"
            className="cw-input w-full rounded px-2 py-1 text-sm"
            value={edge.meaning ?? ''}
            onChange={(e) =>
              store
                .getState()
                .apply((d) => updateEdgeMeaning(d, edge.id, e.target.value as EdgeMeaning))
            }
            aria-describedby="edge-meaning-help"
          >
            {edge.meaning ? null : <option value="">(catalog default)</option>}
            {EDGE_MEANINGS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
          <p id="edge-meaning-help" className="cw-muted mt-0.5 text-[11px]">
            Read as “source {edge.meaning ?? '…'} target”; the export grants the IAM actions this
            meaning needs.
          </p>
        </div>
      ) : null}
      {nodes.length === 0 && !edge ? (
        <div className="cw-muted p-4 text-sm">
          <h2 className="mb-2 text-sm font-semibold">Nothing selected</h2>
          <p>
            Select a node or connection to edit its settings. Drag services from the catalog onto
            the canvas, or focus an entry and press Enter.
          </p>
        </div>
      ) : null}
    </section>
  );
}
