import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Canvas } from '../canvas/Canvas.tsx';
import { useAddService } from '../canvas/useAddService.ts';
import { Inspector } from '../inspector/Inspector.tsx';
import { useAutoLayout } from '../layout/useAutoLayout.ts';
import { Palette } from '../palette/Palette.tsx';
import { newDesignKey } from '../persistence/db.ts';
import type { DesignDocument } from '../../core/model/types.ts';
import { useEditor } from '../store/context.tsx';
import type { EditorStore } from '../store/editor-store.ts';
import type { PaletteAction } from './CommandPalette.tsx';
import { download, fileNameFor, readDesignFile } from './files.ts';
import { Notices } from './Notices.tsx';
import { Toolbar, type DialogKind } from './Toolbar.tsx';
import { BottomPanel } from './BottomPanel.tsx';
import { useLiveReview } from '../review/useLiveReview.ts';
import { useShortcuts } from './useShortcuts.ts';

// Dialogs and their libraries (cmdk, html-to-image, fflate) load on first use, not up front.
const CommandPalette = lazy(() =>
  import('./CommandPalette.tsx').then((m) => ({ default: m.CommandPalette })),
);
const CheatSheet = lazy(() => import('./CheatSheet.tsx').then((m) => ({ default: m.CheatSheet })));
const ConnectDialog = lazy(() =>
  import('./ConnectDialog.tsx').then((m) => ({ default: m.ConnectDialog })),
);
const DesignsDialog = lazy(() =>
  import('./DesignsDialog.tsx').then((m) => ({ default: m.DesignsDialog })),
);
const ContextDialog = lazy(() =>
  import('../review/ContextDialog.tsx').then((m) => ({ default: m.ContextDialog })),
);
const Gallery = lazy(() => import('../gallery/Gallery.tsx').then((m) => ({ default: m.Gallery })));
const SessionScreen = lazy(() =>
  import('../session/SessionScreen.tsx').then((m) => ({ default: m.SessionScreen })),
);
const ImageExport = lazy(() =>
  import('./ImageExport.tsx').then((m) => ({ default: m.ImageExport })),
);

/** The editor screen: toolbar, catalog, canvas, inspector, and the dialogs they open. */
export function Workspace({ store, firstStart }: { store: EditorStore; firstStart?: boolean }) {
  const [dialog, setDialogState] = useState<DialogKind | null>(firstStart ? 'gallery' : null);
  // The gallery greets a first visit once; opened later it is "New from template".
  const [welcome, setWelcome] = useState(!!firstStart);
  const setDialog = useCallback((kind: DialogKind | null) => {
    setWelcome(false);
    setDialogState(kind);
  }, []);
  const theme = useEditor((s) => s.theme);
  const addService = useAddService();
  const layout = useAutoLayout();
  useLiveReview(store);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);

  const openFile = useCallback(
    async (file: File) => {
      const r = await readDesignFile(file);
      if (!r.ok) {
        store
          .getState()
          .notify('error', `Could not open ${r.message} Your current design is unchanged.`);
        return;
      }
      store.getState().load(r.design, newDesignKey());
      store.temporal.getState().clear();
      store.getState().notify('info', `Opened “${r.design.name}”.`);
    },
    [store],
  );

  const openTemplate = useCallback(
    (design: DesignDocument) => {
      store.getState().load(design, newDesignKey());
      store.temporal.getState().clear();
      setDialog(null);
      store
        .getState()
        .notify('info', `Opened “${design.name}” as a new design; the template stays as it was.`);
    },
    [store, setDialog],
  );

  const share = useCallback(async () => {
    const { shareLink } = await import('./share.ts');
    const link = shareLink(store.getState().design);
    try {
      await navigator.clipboard.writeText(link);
      store
        .getState()
        .notify(
          'info',
          'Share link copied: the design travels inside the link, no server involved.',
        );
    } catch {
      window.prompt('Copy this share link', link);
    }
  }, [store]);

  const actions: PaletteAction[] = useMemo(
    () => [
      {
        id: 'new',
        label: 'New design',
        run: () => {
          store
            .getState()
            .load(
              {
                format: 'cloudwright',
                version: 1,
                name: 'Untitled design',
                defaultRegion: 'us-east-1',
                nodes: [],
                edges: [],
              },
              newDesignKey(),
            );
          store.temporal.getState().clear();
        },
      },
      { id: 'designs', label: 'Open a saved design…', run: () => setDialog('designs') },
      { id: 'gallery', label: 'New from template…', run: () => setDialog('gallery') },
      {
        id: 'save',
        label: 'Save design file',
        run: () =>
          download(
            fileNameFor(store.getState().design),
            `${JSON.stringify(store.getState().design, null, 2)}\n`,
          ),
      },
      {
        id: 'undo',
        label: 'Undo',
        shortcut: 'Ctrl+Z',
        run: () => store.temporal.getState().undo(),
      },
      {
        id: 'redo',
        label: 'Redo',
        shortcut: 'Ctrl+Shift+Z',
        run: () => store.temporal.getState().redo(),
      },
      { id: 'layout', label: 'Auto-layout', run: () => void layout.run() },
      { id: 'image', label: 'Export image (PNG or SVG)…', run: () => setDialog('image') },
      { id: 'share', label: 'Copy share link', run: () => void share() },
      {
        id: 'connect',
        label: 'Connect selected node to…',
        shortcut: 'C',
        run: () => store.getState().selectedNodes.length === 1 && setDialog('connect'),
      },
      {
        id: 'theme',
        label: 'Toggle dark theme',
        run: () => store.getState().setTheme(store.getState().theme === 'dark' ? 'light' : 'dark'),
      },
      { id: 'help', label: 'Keyboard shortcuts', shortcut: '?', run: () => setDialog('help') },
      { id: 'review', label: 'Show the review', run: () => store.getState().setPanel('review') },
      { id: 'cost', label: 'Show cost and carbon', run: () => store.getState().setPanel('cost') },
      { id: 'context', label: 'Edit workload context…', run: () => setDialog('context') },
      {
        id: 'session',
        label: 'Start or continue a Well-Architected review session',
        run: () => setDialog('session'),
      },
    ],
    [store, layout, share, setDialog],
  );

  useShortcuts(store, {
    onHelp: useCallback(() => setDialog('help'), [setDialog]),
    onCommand: useCallback(() => setDialog('command'), [setDialog]),
    onConnect: useCallback(() => setDialog('connect'), [setDialog]),
  });

  const connectSource = useEditor((s) =>
    s.selectedNodes.length === 1 ? s.selectedNodes[0] : null,
  );

  return (
    <div
      className="flex h-full flex-col"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer.files?.[0];
        if (file) {
          e.preventDefault();
          void openFile(file);
        }
      }}
    >
      <Toolbar onDialog={setDialog} onOpenFile={openFile} onShare={share} layout={layout} />
      <main className="flex min-h-0 flex-1">
        <div className="cw-no-print w-60 shrink-0 border-r cw-border">
          <Palette />
        </div>
        <div className="flex min-w-0 flex-1 flex-col">
          <div className="relative min-h-0 flex-1">
            <Canvas />
          </div>
          <BottomPanel onContext={() => setDialog('context')} />
        </div>
        <div className="cw-no-print w-72 shrink-0 border-l cw-border">
          <Inspector />
        </div>
      </main>
      <Notices />
      <Suspense fallback={null}>
        {dialog === 'help' ? <CheatSheet onClose={() => setDialog(null)} /> : null}
        {dialog === 'command' ? (
          <CommandPalette
            actions={actions}
            onAddService={addService}
            onClose={() => setDialog(null)}
          />
        ) : null}
        {dialog === 'image' ? <ImageExport onClose={() => setDialog(null)} /> : null}
        {dialog === 'connect' && connectSource ? (
          <ConnectDialog source={connectSource} onClose={() => setDialog(null)} />
        ) : null}
        {dialog === 'designs' ? <DesignsDialog onClose={() => setDialog(null)} /> : null}
        {dialog === 'context' ? <ContextDialog onClose={() => setDialog(null)} /> : null}
        {dialog === 'session' ? <SessionScreen onClose={() => setDialog(null)} /> : null}
        {dialog === 'gallery' ? (
          <Gallery firstStart={welcome} onOpen={openTemplate} onClose={() => setDialog(null)} />
        ) : null}
      </Suspense>
    </div>
  );
}
