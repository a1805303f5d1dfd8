import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { useEditorStore } from '../store/context.tsx';
import { layoutInWorker, type LayoutJob } from './elk-worker-client.ts';

/** Auto-layout as one undoable edit, running off the main thread, with a cancel. */
export function useAutoLayout() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const job = useRef<LayoutJob | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(async () => {
    if (job.current) return;
    const before = store.getState().design;
    const current = layoutInWorker(before);
    job.current = current;
    setRunning(true);
    try {
      const laidOut = await current.promise;
      // An edit made while ELK worked wins: never overwrite it with a stale layout.
      if (store.getState().design !== before) {
        store.getState().notify('info', 'The design changed during layout; run the layout again.');
        return;
      }
      store.getState().apply(() => laidOut);
      store.getState().notify('info', 'Layout applied. Undo restores the previous positions.');
      requestAnimationFrame(() => void flow.fitView({ duration: 300 }));
    } catch (err) {
      if (!(err instanceof DOMException && err.name === 'AbortError')) {
        store.getState().notify('error', err instanceof Error ? err.message : String(err));
      } else store.getState().notify('info', 'Layout cancelled; nothing changed.');
    } finally {
      job.current = null;
      setRunning(false);
    }
  }, [flow, store]);

  const cancel = useCallback(() => job.current?.cancel(), []);
  return { run, cancel, running };
}
