import { useEffect } from 'react';
import { useEditor, useEditorStore } from '../store/context.tsx';

/** Messages to the user: refusals with their reason, and confirmations. Errors stay until dismissed. */
export function Notices() {
  const store = useEditorStore();
  const notices = useEditor((s) => s.notices);
  useEffect(() => {
    const info = notices.filter((n) => n.kind === 'info');
    if (info.length === 0) return;
    const timer = setTimeout(() => store.getState().dismiss(info[0].id), 4000);
    return () => clearTimeout(timer);
  }, [notices, store]);
  return (
    <div className="pointer-events-none fixed bottom-4 left-1/2 z-50 flex w-[min(560px,90vw)] -translate-x-1/2 flex-col gap-2">
      <div role="alert" className="flex flex-col gap-2">
        {notices
          .filter((n) => n.kind === 'error')
          .map((n) => (
            <div
              key={n.id}
              className="pointer-events-auto flex items-start gap-3 rounded-md border border-[var(--cw-error)] bg-[var(--cw-panel)] px-3 py-2 text-sm shadow-lg"
              data-testid="notice-error"
            >
              <span className="flex-1 whitespace-pre-wrap">{n.text}</span>
              <button
                type="button"
                className="cw-button px-2 py-0.5 text-xs"
                onClick={() => store.getState().dismiss(n.id)}
              >
                Dismiss
              </button>
            </div>
          ))}
      </div>
      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        {notices
          .filter((n) => n.kind === 'info')
          .map((n) => (
            <div
              key={n.id}
              className="pointer-events-auto rounded-md border cw-border bg-[var(--cw-panel)] px-3 py-2 text-sm shadow"
              data-testid="notice-info"
            >
              {n.text}
            </div>
          ))}
      </div>
    </div>
  );
}
