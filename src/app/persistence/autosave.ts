import type { EditorStore } from '../store/editor-store.ts';
import { newDesignKey, saveDesign, setLastOpened } from './db.ts';

const channelName = 'cloudwright-designs';

/**
 * Saves the design shortly after every change (debounced), and tells other tabs. When another
 * tab saved the same design first, this tab's version is kept as a new copy instead of
 * overwriting theirs, and the user is told.
 */
export function startAutosave(
  store: EditorStore,
  initialRevision: number,
  options: { delayMs?: number; unsaved?: boolean } = {},
): () => void {
  const delayMs = options.delayMs ?? 300;
  let revision = initialRevision;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = Promise.resolve();
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
  // A design that came from a link is not stored yet: it is saved at once, like any edit.
  let lastSaved = options.unsaved ? null : store.getState().design;
  let lastKey = store.getState().designKey;

  const flush = () => {
    timer = undefined;
    saving = saving.then(async () => {
      const { design, designKey } = store.getState();
      if (design === lastSaved && designKey === lastKey) return;
      if (designKey !== lastKey) {
        revision = 0;
        lastKey = designKey;
      }
      const outcome = await saveDesign(designKey, design, revision);
      if (outcome.ok) {
        revision = outcome.revision;
        lastSaved = design;
        await setLastOpened(designKey);
        channel?.postMessage({ key: designKey, revision });
        return;
      }
      if (outcome.reason === 'conflict') {
        const copyKey = newDesignKey();
        const copy = { ...design, name: `${design.name} (copy from another tab)` };
        const saved = await saveDesign(copyKey, copy, 0);
        if (saved.ok) {
          revision = saved.revision;
          lastSaved = copy;
          lastKey = copyKey;
          store.getState().load(copy, copyKey);
          await setLastOpened(copyKey);
          store
            .getState()
            .notify(
              'error',
              'This design was changed in another tab. Your version was kept as a separate copy, so neither was overwritten.',
            );
        }
        return;
      }
      store.getState().notify('error', outcome.message);
    });
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.design === prev.design && state.designKey === prev.designKey) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const onMessage = (event: MessageEvent<{ key: string; revision: number }>) => {
    const { designKey } = store.getState();
    if (
      event.data.key === designKey &&
      event.data.revision > revision &&
      store.getState().design === lastSaved
    ) {
      store
        .getState()
        .notify(
          'info',
          'This design was changed in another tab. Reload to see those changes; editing here will keep yours as a copy.',
        );
    }
  };
  channel?.addEventListener('message', onMessage);
  if (options.unsaved) flush();
  const onHide = () => {
    if (timer) {
      clearTimeout(timer);
      flush();
    }
  };
  window.addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    channel?.close();
    window.removeEventListener('pagehide', onHide);
  };
}
