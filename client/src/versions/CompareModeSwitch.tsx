export type CompareMode = 'compare' | 'languages';

const MODES: Array<[CompareMode, string]> = [
  ['compare', 'Two versions'],
  ['languages', 'Two languages of one text'],
];

/** What a compare sets side by side: two texts of the treaty, or two languages of one. */
export function CompareModeSwitch({
  mode,
  onMode,
}: {
  mode: CompareMode;
  onMode: (mode: CompareMode) => void;
}) {
  return (
    <fieldset className="segmented compare-mode">
      <legend className="visually-hidden">Compare</legend>
      {MODES.map(([value, label]) => (
        <button
          key={value}
          type="button"
          className="segmented-button"
          aria-pressed={mode === value}
          onClick={() => mode !== value && onMode(value)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  );
}
