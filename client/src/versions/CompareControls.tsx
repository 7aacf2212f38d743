import type { Domain } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { DomainPicker } from '../filter/DomainPicker.tsx';
import type { RedlineMode } from './ClauseTextDiff.tsx';
import { SegmentedChoice } from './SegmentedChoice.tsx';
import { NEXT_KEY, PREVIOUS_KEY } from './useChangeNavigation.ts';

export interface CompareFilter {
  changedOnly: boolean;
  domains: string[];
}

interface CompareControlsProps {
  mode: RedlineMode;
  onModeChange: (mode: RedlineMode) => void;
  filter: CompareFilter;
  onFilterChange: (filter: CompareFilter) => void;
  domains: readonly Domain[];
  /** Of the changes shown: which one was jumped to last (-1: none yet), and how many there are. */
  position: number;
  changeCount: number;
  onPrevious: () => void;
  onNext: () => void;
}

/** How the compare reads (redline or two columns), what it shows, and stepping through the changes. */
export function CompareControls(props: CompareControlsProps) {
  const { t } = useTranslation('versions');
  const { mode, filter, changeCount, position } = props;
  const modes: Array<[RedlineMode, string]> = [
    ['inline', t('compare.inline')],
    ['side-by-side', t('compare.sideBySide')],
  ];
  return (
    <div className="compare-controls" role="toolbar" aria-label={t('compare.display')}>
      <SegmentedChoice
        legend={t('compare.layout')}
        options={modes}
        value={mode}
        onChange={props.onModeChange}
      />
      <label className="checkbox-field compare-changed-only">
        <input
          type="checkbox"
          checked={filter.changedOnly}
          onChange={(event) => props.onFilterChange({ ...filter, changedOnly: event.target.checked })}
        />
        {t('compare.changedOnly')}
      </label>
      <DomainPicker
        domains={props.domains}
        selected={filter.domains}
        onChange={(domains) => props.onFilterChange({ ...filter, domains })}
      />
      <span className="redline redline-legend" aria-hidden="true">
        <ins>{t('compare.inserted')}</ins> <del>{t('compare.deleted')}</del>
      </span>
      <div className="compare-stepper">
        <span className="compare-position" aria-live="polite">
          {changeCount === 0
            ? t('compare.noChanges')
            : position === -1
              ? t('compare.changes', { count: changeCount })
              : t('compare.position', { position: position + 1, count: changeCount })}
        </span>
        <button
          type="button"
          className="button-small"
          disabled={changeCount === 0}
          aria-keyshortcuts={PREVIOUS_KEY}
          title={t('compare.previousTitle', { key: PREVIOUS_KEY.toUpperCase() })}
          onClick={props.onPrevious}
        >
          {t('compare.previous')}
        </button>
        <button
          type="button"
          className="button-small"
          disabled={changeCount === 0}
          aria-keyshortcuts={NEXT_KEY}
          title={t('compare.nextTitle', { key: NEXT_KEY.toUpperCase() })}
          onClick={props.onNext}
        >
          {t('compare.next')}
        </button>
      </div>
    </div>
  );
}
