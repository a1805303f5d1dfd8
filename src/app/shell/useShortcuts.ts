import { useEffect } from 'react';
import { getEntry } from '../../core/catalog/index.ts';
import { indexDesign, childrenOf } from '../../core/model/graph.ts';
import { removeEdges, removeNodes } from '../../core/model/ops.ts';
import type { EditorStore } from '../store/editor-store.ts';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/** Deletes the selection; a container that still holds nodes asks first. */
export function deleteSelection(store: EditorStore): void {
  const { selectedNodes, selectedEdges, design } = store.getState();
  if (selectedNodes.length === 0 && selectedEdges.length === 0) return;
  const index = indexDesign(design);
  const full = selectedNodes.filter((id) => getEntry(index.nodes.get(id)?.service ?? '')?.kind === 'container' && childrenOf(index, id).length > 0);
  if (full.length > 0) {
    const names = full.map((id) => index.nodes.get(id)?.label ?? id).join(', ');
    if (!window.confirm(`Delete ${names} and everything inside?`)) return;
  }
  store.getState().apply((d) => removeEdges(removeNodes(d, selectedNodes), selectedEdges));
  store.getState().select([], []);
}

/** Editor-wide keyboard shortcuts. Typing in a field never triggers them. */
export function useShortcuts(store: EditorStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !e.shiftKey) {
        e.preventDefault();
        store.temporal.getState().undo();
      } else if ((mod && key === 'z' && e.shiftKey) || (mod && key === 'y')) {
        e.preventDefault();
        store.temporal.getState().redo();
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        deleteSelection(store);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
