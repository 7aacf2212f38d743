import { useTranslation } from 'react-i18next';
import { SegmentedChoice } from './SegmentedChoice.tsx';

export type CompareMode = 'compare' | 'languages';

/** What a compare sets side by side: two texts of the treaty, or two languages of one. */
export function CompareModeSwitch({
  mode,
  onMode,
}: {
  mode: CompareMode;
  onMode: (mode: CompareMode) => void;
}) {
  const { t } = useTranslation('versions');
  const modes: Array<[CompareMode, string]> = [
    ['compare', t('compare.mode.compare')],
    ['languages', t('compare.mode.languages')],
  ];
  return (
    <SegmentedChoice
      legend={t('compare.mode.legend')}
      options={modes}
      value={mode}
      onChange={onMode}
      className="compare-mode"
    />
  );
}
