import { ReactFlowProvider } from '@xyflow/react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import example from '../../catalog/examples/serverless-api.json';
import { restoreDesign, type DesignDocument } from '../core/model/index.ts';
import { Canvas } from './canvas/Canvas.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { Palette } from './palette/Palette.tsx';
import { startAutosave } from './persistence/autosave.ts';
import { lastOpened, newDesignKey, readDesign } from './persistence/db.ts';
import { Notices } from './shell/Notices.tsx';
import { Toolbar } from './shell/Toolbar.tsx';
import { useShortcuts } from './shell/useShortcuts.ts';
import { EditorProvider, useEditor } from './store/context.tsx';
import { createEditorStore, type EditorStore } from './store/editor-store.ts';

/** The example design a first visit opens, through the same restore step as any file. */
export function exampleDesign(): DesignDocument {
  const r = restoreDesign(example);
  if (!r.ok) throw new Error(`the bundled example is invalid: ${r.errors[0].message}`);
  return r.value.design;
}

async function loadInitial(): Promise<{ design: DesignDocument; key: string; revision: number }> {
  try {
    const key = await lastOpened();
    if (key) {
      const stored = await readDesign(key);
      if (stored) return { design: stored.design, key, revision: stored.revision };
    }
  } catch {
    // Storage unavailable (private mode, blocked): start from the example; autosave reports problems.
  }
  return { design: exampleDesign(), key: newDesignKey(), revision: 0 };
}

function Workspace({ store }: { store: EditorStore }) {
  useShortcuts(store);
  const theme = useEditor((s) => s.theme);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
  return (
    <div className="flex h-full flex-col">
      <Toolbar />
      <main className="flex min-h-0 flex-1">
        <aside className="cw-no-print w-64 shrink-0 border-r cw-border">
          <Palette />
        </aside>
        <div className="relative min-w-0 flex-1">
          <Canvas />
        </div>
        <aside className="cw-no-print w-80 shrink-0 border-l cw-border">
          <Inspector />
        </aside>
      </main>
      <Notices />
    </div>
  );
}

export function App() {
  const initial = useQuery({ queryKey: ['initial-design'], queryFn: loadInitial });
  const [store, setStore] = useState<EditorStore | null>(null);
  useEffect(() => {
    if (!initial.data || store) return;
    const s = createEditorStore(initial.data.design, initial.data.key);
    setStore(s);
  }, [initial.data, store]);
  useEffect(() => {
    if (!store || !initial.data) return;
    return startAutosave(store, initial.data.revision);
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
        <Workspace store={store} />
      </ReactFlowProvider>
    </EditorProvider>
  );
}
