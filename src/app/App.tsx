import { ReactFlowProvider } from '@xyflow/react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import example from '../../catalog/examples/serverless-api.json';
import { restoreDesign, type DesignDocument } from '../core/model/index.ts';
import { startAutosave } from './persistence/autosave.ts';
import { lastOpened, newDesignKey, readDesign } from './persistence/db.ts';
import { Workspace } from './shell/Workspace.tsx';
import { EditorProvider } from './store/context.tsx';
import { createEditorStore, type EditorStore } from './store/editor-store.ts';

/** The example design a first visit opens, through the same restore step as any file. */
export function exampleDesign(): DesignDocument {
  const r = restoreDesign(example);
  if (!r.ok) throw new Error(`the bundled example is invalid: ${r.errors[0].message}`);
  return r.value.design;
}

interface Initial {
  design: DesignDocument;
  key: string;
  revision: number;
  message?: { kind: 'error' | 'info'; text: string };
  /** Not in browser storage yet (opened from a share link). */
  unsaved?: boolean;
  /** Nothing stored yet: a first visit, which opens the gallery over the example. */
  firstStart?: boolean;
}

// A share link's decoder starts loading with the app itself, not after the first render.
const shareModule = location.hash.startsWith('#design=') ? import('./shell/share.ts') : null;

async function loadInitial(): Promise<Initial> {
  const shared = shareModule ? (await shareModule).designFromFragment(location.hash) : null;
  if (shared) history.replaceState(null, '', location.pathname + location.search);
  if (shared?.ok)
    return {
      design: shared.design,
      key: newDesignKey(),
      revision: 0,
      unsaved: true,
      message: { kind: 'info', text: `Opened the shared design “${shared.design.name}”.` },
    };
  const fallback = await loadStored();
  return shared && !shared.ok
    ? { ...fallback, message: { kind: 'error', text: shared.message } }
    : fallback;
}

async function loadStored(): Promise<Initial> {
  try {
    const key = await lastOpened();
    if (key) {
      const stored = await readDesign(key);
      if (stored) return { design: stored.design, key, revision: stored.revision };
    }
  } catch {
    // Storage unavailable (private mode, blocked): start from the example; autosave reports problems.
  }
  return { design: exampleDesign(), key: newDesignKey(), revision: 0, firstStart: true };
}

export function App() {
  const initial = useQuery({ queryKey: ['initial-design'], queryFn: loadInitial });
  const [store, setStore] = useState<EditorStore | null>(null);
  useEffect(() => {
    if (!initial.data || store) return;
    const s = createEditorStore(initial.data.design, initial.data.key);
    if (initial.data.message)
      s.getState().notify(initial.data.message.kind, initial.data.message.text);
    setStore(() => s);
  }, [initial.data, store]);
  useEffect(() => {
    if (!store || !initial.data) return;
    return startAutosave(store, initial.data.revision, { unsaved: initial.data.unsaved });
  }, [store, initial.data]);
  if (!store) {
    return (
      <div className="flex h-full items-center justify-center text-sm" role="status">
        Loading Cloudwright…
      </div>
    );
  }
  return (
    <EditorProvider store={store}>
      <ReactFlowProvider>
        <Workspace store={store} firstStart={initial.data?.firstStart} />
      </ReactFlowProvider>
    </EditorProvider>
  );
}
