import { useEffect, useId, useState } from 'react';
import type { PropertySpec, UsageSpec } from '../../core/catalog/types.ts';
import { propertyProblem } from '../../core/model/check.ts';
import type { PropValue } from '../../core/model/types.ts';

/** A text field that commits on Enter or blur, and shows a problem inline instead of committing it. */
export function TextField({
  label,
  value,
  onCommit,
  help,
  validate,
  multiline,
  placeholder,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  help?: string;
  validate?: (v: string) => string | null;
  multiline?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const problem = validate ? validate(draft) : null;
  const commit = () => {
    if (draft !== value && !problem) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': `${id}-help`,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    className: `cw-input w-full rounded px-2 py-1 text-sm ${problem ? 'cw-invalid' : ''}`,
  };
  return (
    <div className="mb-2">
      <label htmlFor={id} className="cw-label mb-0.5 block text-xs font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type="text"
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
      )}
      <p
        id={`${id}-help`}
        className={`mt-0.5 text-[11px] ${problem ? 'cw-error-text' : 'cw-muted'}`}
        role={problem ? 'alert' : undefined}
      >
        {problem ?? help}
      </p>
    </div>
  );
}

/** A field's text as a property value; undefined (unset, catalog default) for an empty optional field. */
function parseValue(spec: PropertySpec, raw: string): PropValue | undefined {
  if (raw.trim() === '' && spec.default === undefined) return undefined;
  if (spec.type === 'number' || spec.type === 'integer')
    return raw.trim() === '' ? Number.NaN : Number(raw);
  if (spec.type === 'string-list')
    return raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (spec.type === 'enum' && typeof spec.allowed?.[0] === 'number') return Number(raw);
  return raw;
}

/** One catalog property as a typed form control. `value` undefined shows the catalog default. */
export function PropertyField({
  spec,
  value,
  mixed,
  onCommit,
}: {
  spec: PropertySpec;
  value: PropValue | undefined;
  mixed?: boolean;
  onCommit: (v: PropValue | undefined) => void;
}) {
  const id = useId();
  const current = value ?? spec.default;
  const help = `${spec.help}${spec.unit ? ` (${spec.unit})` : ''}${spec.cfn ? ` · CloudFormation: ${spec.cfn}` : ''}`;
  if (spec.type === 'boolean') {
    return (
      <div className="mb-2 flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          className="mt-1"
          checked={current === true}
          ref={(el) => {
            if (el) el.indeterminate = !!mixed;
          }}
          onChange={(e) => onCommit(e.target.checked)}
          aria-describedby={`${id}-help`}
        />
        <div>
          <label htmlFor={id} className="cw-label block text-xs font-medium">
            {spec.label}
          </label>
          <p id={`${id}-help`} className="cw-muted text-[11px]">
            {help}
          </p>
        </div>
      </div>
    );
  }
  if (spec.type === 'enum') {
    return (
      <div className="mb-2">
        <label htmlFor={id} className="cw-label mb-0.5 block text-xs font-medium">
          {spec.label}
        </label>
        <select
          id={id}
          className="cw-input w-full rounded px-2 py-1 text-sm"
          value={mixed ? '' : String(current ?? '')}
          onChange={(e) => onCommit(parseValue(spec, e.target.value))}
          aria-describedby={`${id}-help`}
        >
          {mixed ? <option value="">(mixed)</option> : null}
          {spec.allowed?.map((a) => (
            <option key={String(a)} value={String(a)}>
              {String(a)}
            </option>
          ))}
        </select>
        <p id={`${id}-help`} className="cw-muted mt-0.5 text-[11px]">
          {help}
        </p>
      </div>
    );
  }
  const text = mixed
    ? ''
    : Array.isArray(current)
      ? current.join(', ')
      : current === undefined
        ? ''
        : String(current);
  return (
    <TextField
      label={`${spec.label}${spec.type === 'number' || spec.type === 'integer' ? (spec.min !== undefined || spec.max !== undefined ? ` (${spec.min ?? ''}–${spec.max ?? ''})` : '') : ''}`}
      value={text}
      placeholder={mixed ? '(mixed)' : undefined}
      help={help}
      validate={(raw) => {
        const v = parseValue(spec, raw);
        return v === undefined ? null : propertyProblem(spec, v);
      }}
      onCommit={(raw) => onCommit(parseValue(spec, raw))}
    />
  );
}

/** One usage assumption (estimator input) as a number field with its unit. */
export function UsageField({
  spec,
  value,
  onCommit,
}: {
  spec: UsageSpec;
  value: number | undefined;
  onCommit: (v: number) => void;
}) {
  return (
    <TextField
      label={`${spec.label} (${spec.unit})`}
      value={String(value ?? spec.default)}
      help={
        value === undefined ? `Assumed default${spec.help ? ` · ${spec.help}` : ''}` : spec.help
      }
      validate={(raw) => {
        const n = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(n)) return 'Enter a number.';
        if (n < (spec.min ?? 0)) return `At least ${spec.min ?? 0}.`;
        if (spec.max !== undefined && n > spec.max) return `At most ${spec.max}.`;
        return null;
      }}
      onCommit={(raw) => onCommit(Number(raw))}
    />
  );
}
