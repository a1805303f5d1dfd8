import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog: labelled, focus moves in on open and back on close, Escape closes. */
export function Modal({
  title,
  onClose,
  children,
  wide,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    // Fields first (a search box, a form), then the first control; the header's Close button last.
    const first = ref.current?.querySelector<HTMLElement>(
      '.cw-modal-body input, .cw-modal-body select, .cw-modal-body textarea, .cw-modal-body button, .cw-modal-body [tabindex="0"]',
    );
    (first ?? ref.current)?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div
      className="fixed inset-0 z-40 flex items-start justify-center bg-black/40 pt-[10vh]"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        className={`cw-panel max-h-[75vh] overflow-y-auto rounded-lg border cw-border shadow-2xl ${wide ? 'w-[720px]' : 'w-[520px]'} max-w-[92vw]`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="flex items-center justify-between border-b cw-border px-4 py-2.5">
          <h2 className="text-sm font-semibold">{title}</h2>
          <button type="button" className="cw-button px-2 py-0.5 text-xs" onClick={onClose}>
            Close
          </button>
        </div>
        <div className="cw-modal-body p-4">{children}</div>
      </div>
    </div>
  );
}
