import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  deleteDesign,
  listDesigns,
  newDesignKey,
  saveDesign,
  type StoredDesign,
} from '../persistence/db.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { Modal } from './Modal.tsx';

/** The designs kept in this browser: open, rename, duplicate, delete (with confirmation). */
export function DesignsDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const client = useQueryClient();
  const currentKey = useEditor((s) => s.designKey);
  const designs = useQuery({ queryKey: ['designs'], queryFn: listDesigns, staleTime: 0 });
  const [confirming, setConfirming] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['designs'] });

  const open = (d: StoredDesign) => {
    store.getState().load(d.design, d.key);
    store.temporal.getState().clear();
    onClose();
  };
  const rename = async (d: StoredDesign) => {
    const name = window.prompt('New name', d.name)?.trim();
    if (!name) return;
    if (d.key === currentKey) store.getState().apply((doc) => ({ ...doc, name }));
    else await saveDesign(d.key, { ...d.design, name }, d.revision);
    await refresh();
  };
  const duplicate = async (d: StoredDesign) => {
    const outcome = await saveDesign(newDesignKey(), { ...d.design, name: `${d.name} (copy)` }, 0);
    if (!outcome.ok)
      store
        .getState()
        .notify('error', outcome.reason === 'conflict' ? 'Could not duplicate.' : outcome.message);
    await refresh();
  };
  const remove = async (d: StoredDesign) => {
    await deleteDesign(d.key);
    setConfirming(null);
    await refresh();
  };

  return (
    <Modal title="Designs in this browser" onClose={onClose} wide>
      {designs.isLoading ? <p className="text-sm">Loading…</p> : null}
      {designs.data?.length === 0 ? (
        <p className="cw-muted text-sm">No saved designs yet: edits are saved automatically.</p>
      ) : null}
      <ul className="m-0 list-none p-0">
        {designs.data?.map((d) => (
          <li key={d.key} className="flex items-center gap-2 border-b cw-border py-2 last:border-0">
            <div className="min-w-0 flex-1">
              <div className="truncate text-sm font-medium">
                {d.name}{' '}
                {d.key === currentKey ? <span className="cw-muted text-xs">(open)</span> : null}
              </div>
              <div className="cw-muted text-xs">
                {d.design.nodes.length} nodes · saved {new Date(d.updatedAt).toLocaleString()}
              </div>
            </div>
            {confirming === d.key ? (
              <>
                <span className="text-xs">Delete “{d.name}”?</span>
                <button type="button" className="cw-button" onClick={() => void remove(d)}>
                  Yes, delete
                </button>
                <button type="button" className="cw-button" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className="cw-button"
                  onClick={() => open(d)}
                  disabled={d.key === currentKey}
                >
                  Open
                </button>
                <button type="button" className="cw-button" onClick={() => void rename(d)}>
                  Rename
                </button>
                <button type="button" className="cw-button" onClick={() => void duplicate(d)}>
                  Duplicate
                </button>
                <button
                  type="button"
                  className="cw-button"
                  onClick={() => setConfirming(d.key)}
                  disabled={d.key === currentKey}
                >
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
