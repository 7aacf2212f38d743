import { clauseLabel } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import type { TimelineEntry } from './historyTimeline.ts';

interface HistoryEntryItemProps {
  entry: TimelineEntry;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** Absent where there is nothing to restore (the live text, a deletion). */
  onRestore?: () => void;
}

/** One state of the clause: which version, when, who had edited it, where it stood. */
export function HistoryEntryItem({ entry, selected, onSelect, onRestore }: HistoryEntryItemProps) {
  const { t } = useTranslation('versions');
  const facts = [
    entry.recordedAt ? formatWhen(entry.recordedAt) : null,
    entry.state && !entry.removed ? clauseLabel(entry.state.number, entry.state.lang) : null,
  ].filter(Boolean);
  const classes = ['history-entry', `is-${entry.kind}`];
  if (entry.removed) classes.push('is-removed');
  if (selected) classes.push('is-selected');

  return (
    <li className={classes.join(' ')} data-testid="history-entry" data-version-id={entry.key}>
      <label className="history-pick" title={t('history.compareThis')}>
        <input type="checkbox" checked={selected} onChange={(event) => onSelect(event.target.checked)} />
        <span className="visually-hidden">
          {entry.recordedAt
            ? t('history.compareEntryOf', { entry: entry.title, when: formatWhen(entry.recordedAt) })
            : t('history.compareEntry', { entry: entry.title })}
        </span>
      </label>
      <div className="history-entry-main">
        <span className="history-title">{entry.title}</span>
        {facts.length > 0 && <span className="history-facts">{facts.join(' · ')}</span>}
        {entry.removed && (
          <span className="removed-marker">
            {entry.kind === 'live' ? t('history.notInTextNow') : t('history.deletedByThen')}
          </span>
        )}
        {entry.editors.length > 0 && (
          <span className="history-editors">
            {t('history.editedBy', { editors: entry.editors.join(', ') })}
          </span>
        )}
      </div>
      {onRestore && (
        <button type="button" className="button-small history-restore" onClick={onRestore}>
          {t('history.restore')}
        </button>
      )}
    </li>
  );
}
