import { SegmentedChoice } from './SegmentedChoice.tsx';

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
    <SegmentedChoice
      legend="Compare"
      options={MODES}
      value={mode}
      onChange={onMode}
      className="compare-mode"
    />
  );
}
