/** Placeholder replaced by the review-session screen (being written now). */
export function SessionScreen({ onClose }: { onClose: () => void }) {
  return (
    <div role="dialog" aria-modal="true" aria-label="Well-Architected review">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
