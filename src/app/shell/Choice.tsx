/** A labelled group of radio buttons, one per option. */
export function Choice<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  className = 'mb-3',
}: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}) {
  return (
    <fieldset className={className}>
      <legend className="cw-label mb-1 text-xs font-medium">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="mr-4 text-sm">
          <input
            type="radio"
            name={name}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
