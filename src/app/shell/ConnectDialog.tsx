import { useMemo, useState } from 'react';
import { canConnect, getEntry } from '../../core/catalog/index.ts';
import { connect } from '../../core/model/ops.ts';
import { useEditorStore } from '../store/context.tsx';
import { Modal } from './Modal.tsx';

/** Keyboard path to connecting: pick a target among the nodes the catalog allows. */
export function ConnectDialog({ source, onClose }: { source: string; onClose: () => void }) {
  const store = useEditorStore();
  const [filter, setFilter] = useState('');
  const design = store.getState().design;
  const from = design.nodes.find((n) => n.id === source);
  const options = useMemo(() => {
    if (!from) return [];
    return design.nodes
      .filter((n) => n.id !== from.id)
      .map((n) => ({
        node: n,
        verdict: canConnect(from.service, n.service),
        entry: getEntry(n.service),
      }))
      .filter((o) => o.verdict.ok && o.entry?.kind !== 'container');
  }, [design, from]);
  if (!from) return null;
  const shown = options.filter((o) =>
    `${o.node.label ?? ''} ${o.entry?.name ?? ''}`.toLowerCase().includes(filter.toLowerCase()),
  );
  const title = `Connect ${from.label ?? getEntry(from.service)?.name ?? from.id} to…`;
  return (
    <Modal title={title} onClose={onClose}>
      <label htmlFor="connect-filter" className="cw-label mb-1 block text-xs font-medium">
        Filter targets
      </label>
      <input
        id="connect-filter"
        className="cw-input mb-3 w-full rounded px-2 py-1 text-sm"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {shown.length === 0 ? (
        <p className="cw-muted text-sm">
          No node in this design can take a connection from this one.
        </p>
      ) : null}
      <ul className="m-0 list-none p-0">
        {shown.map((o) => (
          <li key={o.node.id}>
            <button
              type="button"
              className="cw-button mb-1 w-full justify-between"
              onClick={() => {
                const ok = store.getState().apply((d) => {
                  const r = connect(d, from.id, o.node.id);
                  return r.ok ? { ok: true, value: r.value.design } : r;
                });
                if (ok) onClose();
              }}
            >
              <span>{o.node.label ?? o.entry?.name}</span>
              <span className="cw-muted text-xs">{o.verdict.ok ? o.verdict.label : ''}</span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
