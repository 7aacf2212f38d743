interface SegmentedChoiceProps<T extends string> {
  /** Read by screen readers only: what is being chosen. */
  legend: string;
  options: ReadonlyArray<readonly [T, string]>;
  value: T;
  onChange: (value: T) => void;
  className?: string;
}

/** One of a few options as pressed/unpressed buttons in a row. */
export function SegmentedChoice<T extends string>({
  legend,
  options,
  value,
  onChange,
  className,
}: SegmentedChoiceProps<T>) {
  return (
    <fieldset className={className ? `segmented ${className}` : 'segmented'}>
      <legend className="visually-hidden">{legend}</legend>
      {options.map(([option, label]) => (
        <button
          key={option}
          type="button"
          className="segmented-button"
          aria-pressed={value === option}
          onClick={() => value !== option && onChange(option)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  );
}
