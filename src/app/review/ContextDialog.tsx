import { updateContext } from '../../core/model/design-ops.ts';
import type { WorkloadContext } from '../../core/model/types.ts';
import { Modal } from '../shell/Modal.tsx';
import { useEditor, useEditorStore } from '../store/context.tsx';

const CHOICES = {
  environment: ['production', 'staging', 'development', 'test'],
  criticality: ['low', 'medium', 'high', 'mission-critical'],
  dataClassification: ['public', 'internal', 'confidential', 'restricted'],
} as const;

const LABELS: Record<string, string> = {
  environment: 'Environment',
  criticality: 'Business criticality',
  dataClassification: 'Data classification',
  rtoMinutes: 'Recovery time objective (minutes)',
  rpoMinutes: 'Recovery point objective (minutes)',
  scheduleHoursPerWeek: 'Hours running per week (168 = always on)',
};

/** The workload facts the rules and the estimator cannot see in the diagram. */
export function ContextDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const context = useEditor((s) => s.design.context) ?? {};
  const set = (patch: Partial<WorkloadContext>) =>
    store.getState().apply((d) => updateContext(d, patch));
  return (
    <Modal title="Workload context" onClose={onClose}>
      <p className="cw-muted mb-3 text-xs">
        Rules that need these facts say so instead of guessing; schedules also scale time-based
        costs.
      </p>
      {(Object.keys(CHOICES) as (keyof typeof CHOICES)[]).map((key) => (
        <div key={key} className="mb-2">
          <label htmlFor={`ctx-${key}`} className="cw-label mb-0.5 block text-xs font-medium">
            {LABELS[key]}
          </label>
          <select
            id={`ctx-${key}`}
            className="cw-input w-full rounded px-2 py-1 text-sm"
            value={context[key] ?? ''}
            onChange={(e) => set({ [key]: e.target.value || undefined })}
          >
            <option value="">Not set</option>
            {CHOICES[key].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      ))}
      {(['rtoMinutes', 'rpoMinutes', 'scheduleHoursPerWeek'] as const).map((key) => (
        <div key={key} className="mb-2">
          <label htmlFor={`ctx-${key}`} className="cw-label mb-0.5 block text-xs font-medium">
            {LABELS[key]}
          </label>
          <input
            id={`ctx-${key}`}
            type="number"
            min={0}
            className="cw-input w-full rounded px-2 py-1 text-sm"
            defaultValue={context[key] ?? ''}
            onBlur={(e) =>
              set({ [key]: e.target.value === '' ? undefined : Number(e.target.value) })
            }
          />
        </div>
      ))}
      <div className="mb-2">
        <label htmlFor="ctx-users" className="cw-label mb-0.5 block text-xs font-medium">
          Where users are (Region codes or places, comma separated)
        </label>
        <input
          id="ctx-users"
          className="cw-input w-full rounded px-2 py-1 text-sm"
          defaultValue={(context.userLocations ?? []).join(', ')}
          onBlur={(e) =>
            set({
              userLocations: e.target.value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            })
          }
        />
      </div>
    </Modal>
  );
}
