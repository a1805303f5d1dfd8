import { useRef } from 'react';
import { useStore } from 'zustand';
import { emptyDesign } from '../../core/model/index.ts';
import { newDesignKey } from '../persistence/db.ts';
import type { useAutoLayout } from '../layout/useAutoLayout.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { download, fileNameFor } from './files.ts';

export type DialogKind =
  'help' | 'command' | 'connect' | 'image' | 'designs' | 'context' | 'gallery' | 'session';

/** Document actions: new, open, save, undo, redo, theme. */
export function Toolbar({
  onDialog,
  onOpenFile,
  onShare,
  layout,
}: {
  onDialog: (kind: DialogKind) => void;
  onOpenFile: (file: File) => Promise<void>;
  onShare: () => Promise<void>;
  layout: ReturnType<typeof useAutoLayout>;
}) {
  const store = useEditorStore();
  const name = useEditor((s) => s.design.name);
  const theme = useEditor((s) => s.theme);
  const canUndo = useStore(store.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (t) => t.futureStates.length > 0);
  const fileInput = useRef<HTMLInputElement>(null);

  const onNew = () => {
    store.getState().load(emptyDesign(), newDesignKey());
    store.temporal.getState().clear();
    store
      .getState()
      .notify('info', 'New design started. Your previous design stays saved in this browser.');
  };
  const onSave = () => {
    const { design } = store.getState();
    download(fileNameFor(design), `${JSON.stringify(design, null, 2)}\n`);
  };
  return (
    <header className="cw-panel cw-no-print flex h-12 items-center gap-1.5 border-b cw-border px-3 whitespace-nowrap">
      <div className="mr-2 flex items-center gap-2">
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M6 17h11a4 4 0 0 0 .6-7.96A6 6 0 0 0 6.2 8.1 4.5 4.5 0 0 0 6 17z"
            fill="none"
            stroke="var(--cw-accent)"
            strokeWidth="2"
            strokeLinejoin="round"
          />
          <path
            d="M9 13l2 2 4-4"
            fill="none"
            stroke="var(--cw-accent)"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        <h1 className="m-0 text-[15px] font-semibold tracking-tight">Cloudwright</h1>
      </div>
      <div
        role="toolbar"
        aria-label="Design actions"
        className="flex min-w-0 flex-1 items-center gap-1"
      >
        <label htmlFor="design-name" className="sr-only">
          Design name
        </label>
        <input
          id="design-name"
          className="cw-input w-36 rounded px-2 py-1 text-sm font-medium"
          defaultValue={name}
          key={name}
          maxLength={200}
          onBlur={(e) => {
            const v = e.target.value.trim();
            if (v && v !== name) store.getState().apply((d) => ({ ...d, name: v }));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          }}
        />
        <div className="mx-1 h-6 w-px bg-[var(--cw-border)]" />
        <button type="button" className="cw-button" onClick={onNew}>
          New
        </button>
        <button type="button" className="cw-button" onClick={() => onDialog('gallery')}>
          Templates…
        </button>
        <button type="button" className="cw-button" onClick={() => fileInput.current?.click()}>
          Open…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="hidden"
          aria-label="Open design file"
          data-testid="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void onOpenFile(file);
            e.target.value = '';
          }}
        />
        <button type="button" className="cw-button" onClick={onSave}>
          Save
        </button>
        <button type="button" className="cw-button" onClick={() => onDialog('designs')}>
          Designs…
        </button>
        <button type="button" className="cw-button" onClick={() => void onShare()}>
          Share
        </button>
        <button type="button" className="cw-button" onClick={() => onDialog('image')}>
          Image…
        </button>
        <div className="mx-1 h-6 w-px bg-[var(--cw-border)]" />
        <button
          type="button"
          className="cw-button"
          onClick={() => store.temporal.getState().undo()}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          className="cw-button"
          onClick={() => store.temporal.getState().redo()}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <div className="mx-1 h-6 w-px bg-[var(--cw-border)]" />
        <button
          type="button"
          className="cw-button"
          onClick={() => void layout.run()}
          disabled={layout.running}
          title="Auto-layout with ELK (runs in the background; undoable)"
        >
          Layout
        </button>
        {layout.running ? (
          <span role="status" className="flex items-center gap-2 text-xs">
            <span className="cw-spinner" aria-hidden="true" />
            Laying out…
            <button type="button" className="cw-button px-2 py-0.5 text-xs" onClick={layout.cancel}>
              Cancel layout
            </button>
          </span>
        ) : null}
        <button type="button" className="cw-button" onClick={() => onDialog('session')}>
          Review session
        </button>
        <div className="flex-1" />
        <button
          type="button"
          className="cw-button px-2"
          onClick={() => onDialog('help')}
          aria-keyshortcuts="?"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          ?
        </button>
        <button
          type="button"
          className="cw-button px-2"
          aria-pressed={theme === 'dark'}
          aria-label="Dark theme"
          title={theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'}
          onClick={() => store.getState().setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? '☀' : '☾'}
        </button>
      </div>
    </header>
  );
}
