import type { Domain } from '@pactum/shared';
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

const MODES: Array<[RedlineMode, string]> = [
  ['inline', 'Inline redline'],
  ['side-by-side', 'Side by side'],
];

/** How the compare reads (redline or two columns), what it shows, and stepping through the changes. */
export function CompareControls(props: CompareControlsProps) {
  const { mode, filter, changeCount, position } = props;
  return (
    <div className="compare-controls" role="toolbar" aria-label="Compare display">
      <SegmentedChoice legend="Layout" options={MODES} value={mode} onChange={props.onModeChange} />
      <label className="checkbox-field compare-changed-only">
        <input
          type="checkbox"
          checked={filter.changedOnly}
          onChange={(event) => props.onFilterChange({ ...filter, changedOnly: event.target.checked })}
        />
        Changed only
      </label>
      <DomainPicker
        domains={props.domains}
        selected={filter.domains}
        onChange={(domains) => props.onFilterChange({ ...filter, domains })}
      />
      <span className="redline redline-legend" aria-hidden="true">
        <ins>inserted</ins> <del>deleted</del>
      </span>
      <div className="compare-stepper">
        <span className="compare-position" aria-live="polite">
          {changeCount === 0
            ? 'No changes'
            : position === -1
              ? `${changeCount} ${changeCount === 1 ? 'change' : 'changes'}`
              : `Change ${position + 1} of ${changeCount}`}
        </span>
        <button
          type="button"
          className="button-small"
          disabled={changeCount === 0}
          aria-keyshortcuts={PREVIOUS_KEY}
          title={`Previous change (${PREVIOUS_KEY.toUpperCase()})`}
          onClick={props.onPrevious}
        >
          ↑ Previous
        </button>
        <button
          type="button"
          className="button-small"
          disabled={changeCount === 0}
          aria-keyshortcuts={NEXT_KEY}
          title={`Next change (${NEXT_KEY.toUpperCase()})`}
          onClick={props.onNext}
        >
          ↓ Next
        </button>
      </div>
    </div>
  );
}
