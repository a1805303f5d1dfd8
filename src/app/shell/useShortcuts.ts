import { useEffect, useRef } from 'react';
import { getEntry } from '../../core/catalog/index.ts';
import { copyFragment, pasteFragment, type Fragment } from '../../core/model/clipboard.ts';
import { indexDesign, childrenOf } from '../../core/model/graph.ts';
import { removeEdges, removeNodes } from '../../core/model/ops.ts';
import type { EditorStore } from '../store/editor-store.ts';
import { containerAt } from '../canvas/drop-target.ts';
import { pointer } from '../canvas/pointer.ts';
import { resolveGeometry } from '../../core/layout/geometry.ts';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' ||
      el.tagName === 'TEXTAREA' ||
      el.tagName === 'SELECT' ||
      el.isContentEditable)
  );
}

/** Deletes the selection; a container that still holds nodes asks first. */
export function deleteSelection(
  store: EditorStore,
  confirm: (text: string) => boolean = (t) => window.confirm(t),
): void {
  const { selectedNodes, selectedEdges, design } = store.getState();
  if (selectedNodes.length === 0 && selectedEdges.length === 0) return;
  const index = indexDesign(design);
  const full = selectedNodes.filter(
    (id) =>
      getEntry(index.nodes.get(id)?.service ?? '')?.kind === 'container' &&
      childrenOf(index, id).length > 0,
  );
  if (full.length > 0) {
    const names = full.map((id) => index.nodes.get(id)?.label ?? id).join(', ');
    if (!confirm(`Delete ${names} and everything inside?`)) return;
  }
  store.getState().apply((d) => removeEdges(removeNodes(d, selectedNodes), selectedEdges));
  store.getState().select([], []);
}

/** Pastes a fragment into the selected container (or the parent of the selected node), offset a little. */
export function pasteInto(
  store: EditorStore,
  fragment: Fragment,
  at?: { x: number; y: number },
  parent?: string,
): void {
  const state = store.getState();
  const index = indexDesign(state.design);
  // parent '' means "the top level, chosen on purpose"; undefined means "infer from the selection".
  let target = parent === '' ? undefined : parent;
  if (parent === undefined && state.selectedNodes.length === 1) {
    const sel = index.nodes.get(state.selectedNodes[0]);
    if (sel)
      target =
        getEntry(sel.service)?.kind === 'container' && !fragment.nodes.some((n) => n.id === sel.id)
          ? sel.id
          : sel.parent;
  }
  const tops = fragment.nodes.filter((n) => n.parent === undefined);
  const origin = at ?? {
    x: Math.min(...tops.map((n) => n.position?.x ?? 0)) + 32,
    y: Math.min(...tops.map((n) => n.position?.y ?? 0)) + 32,
  };
  let pasted: string[] = [];
  const ok = state.apply((d) => {
    let r = pasteFragment(d, fragment, target, origin);
    // Where the selected container may not hold the pasted nodes, fall back to the top level.
    if (!r.ok && target !== undefined) r = pasteFragment(d, fragment, undefined, origin);
    if (!r.ok) return r;
    pasted = r.value.ids;
    return { ok: true, value: r.value.design };
  });
  if (ok) state.select(pasted);
}

/** Editor-wide keyboard shortcuts. Typing in a field never triggers them. */
export function useShortcuts(
  store: EditorStore,
  handlers: { onHelp: () => void; onCommand: () => void; onConnect: () => void },
): void {
  const clipboard = useRef<Fragment | null>(null);
  const { onHelp, onCommand, onConnect } = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'k') {
        e.preventDefault();
        onCommand();
        return;
      }
      if (typing(e.target)) return;
      const state = store.getState();
      if (mod && key === 'z' && !e.shiftKey) {
        e.preventDefault();
        store.temporal.getState().undo();
      } else if ((mod && key === 'z' && e.shiftKey) || (mod && key === 'y')) {
        e.preventDefault();
        store.temporal.getState().redo();
      } else if (mod && key === 'a') {
        e.preventDefault();
        state.select(
          state.design.nodes.map((n) => n.id),
          state.design.edges.map((x) => x.id),
        );
      } else if (mod && key === 'c') {
        if (state.selectedNodes.length === 0) return;
        clipboard.current = copyFragment(state.design, state.selectedNodes);
        state.notify(
          'info',
          `Copied ${state.selectedNodes.length} node${state.selectedNodes.length === 1 ? '' : 's'}.`,
        );
      } else if (mod && key === 'x') {
        if (state.selectedNodes.length === 0) return;
        clipboard.current = copyFragment(state.design, state.selectedNodes);
        deleteSelection(store);
      } else if (mod && key === 'v') {
        if (clipboard.current) {
          e.preventDefault();
          const at = pointer();
          if (at) {
            const index = indexDesign(state.design);
            const target = containerAt(at, index, resolveGeometry(state.design, index));
            pasteInto(store, clipboard.current, target.position, target.parent ?? '');
          } else pasteInto(store, clipboard.current);
        }
      } else if (mod && key === 'd') {
        e.preventDefault();
        if (state.selectedNodes.length === 0) return;
        pasteInto(store, copyFragment(state.design, state.selectedNodes));
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        deleteSelection(store);
      } else if (e.key === '?') {
        e.preventDefault();
        onHelp();
      } else if (key === 'c' && !mod && !e.altKey) {
        if (state.selectedNodes.length === 1) {
          e.preventDefault();
          onConnect();
        }
      } else if (key === 'escape') {
        state.select([], []);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, onHelp, onCommand, onConnect]);
}
