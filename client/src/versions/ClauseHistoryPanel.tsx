import { Action, clauseInLanguage, restoreClause, roleAllows } from '@pactum/shared';
import type { Editor } from '@tiptap/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../access/MeContext.tsx';
import type { CollabSession } from '../collab/CollabSession.ts';
import { formatWhen } from '../lib/formatWhen.ts';
import { useLoaded } from '../lib/useLoaded.ts';
import { SidePanel } from '../panel/SidePanel.tsx';
import { useTreatySnapshot } from '../tags/useTreatySnapshot.ts';
import { ConfirmRestore } from './ConfirmRestore.tsx';
import { HistoryComparison } from './HistoryComparison.tsx';
import { HistoryEntryItem } from './HistoryEntryItem.tsx';
import { historyTimeline, type TimelineEntry } from './historyTimeline.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { RestoreNotice } from './RestoreNotice.tsx';
import { useHistorySelection } from './useHistorySelection.ts';
import { useReadingLanguage } from './useReadingLanguage.ts';
import { useRestore } from './useRestore.ts';
import { clauseHistory } from './versionApi.ts';
import '../styles/versions.css';

interface ClauseHistoryPanelProps {
  session: CollabSession;
  editor: Editor | null;
  clauseId: string;
  onClose: () => void;
}

/** Every recorded state of one article, then its live text; compare any two, restore any one. */
export function ClauseHistoryPanel({ session, editor, clauseId, onClose }: ClauseHistoryPanelProps) {
  const { t, i18n } = useTranslation('versions');
  const { treatyId, doc } = session;
  const reading = useReadingLanguage(doc, editor);
  const { lang } = reading;
  const [history] = useLoaded(`${clauseId}:${lang}`, () => clauseHistory(treatyId, clauseId, lang));
  const treaty = useTreatySnapshot(doc);
  const live = treaty.clauses.find((clause) => clause.clauseId === clauseId);
  const states = history.status === 'ready' ? history.value : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new interface language renames the checkpoints and the live text.
  const entries = useMemo(
    () => (states ? historyTimeline(states, live, lang) : []),
    [states, live, lang, i18n.language],
  );
  const selection = useHistorySelection(entries);
  const restorer = useRestore(editor, doc);
  const [confirming, setConfirming] = useState<TimelineEntry | null>(null);
  const canRestore = roleAllows(useMe().role, Action.edit);

  const latest = live
    ? clauseInLanguage(live, lang, live.lang)
    : entries.findLast((entry) => entry.state)?.state;
  const kicker = live ? t('history.kicker', { number: live.number }) : t('history.kickerDeleted');
  const [before, after] = selection.pair;

  const restore = (entry: TimelineEntry) => {
    setConfirming(null);
    const state = entry.state;
    if (!state) return;
    restorer.restore(t('restore.clauseLabel', { number: state.number, version: entry.title }), (origin) =>
      restoreClause(doc, { clauseId, ...state }, origin),
    );
  };

  return (
    <SidePanel
      kicker={kicker}
      title={latest ? latest.heading || t('untitledArticle') : t('history.title')}
      onClose={onClose}
      focusKey={`history:${clauseId}`}
    >
      <div className="clause-history" data-testid="clause-history">
        <p className="panel-note">{t('history.intro')}</p>
        {reading.languages.length > 1 && (
          <>
            <LanguageSelect
              label={t('history.textIn')}
              value={lang}
              languages={reading.languages}
              onChange={reading.choose}
            />
            <p className="panel-note">{t('history.languageNote')}</p>
          </>
        )}
        {restorer.outcome && (
          <RestoreNotice outcome={restorer.outcome} onUndo={restorer.undo} onDismiss={restorer.dismiss} />
        )}
        {history.status === 'loading' && <p className="versions-loading">{t('history.loading')}</p>}
        {history.status === 'error' && (
          <p className="form-error" role="alert">
            {history.message}
          </p>
        )}
        {states && (
          <ol className="history-timeline">
            {entries.map((entry) => (
              <HistoryEntryItem
                key={entry.key}
                entry={entry}
                selected={selection.isSelected(entry.key)}
                onSelect={(on) => selection.select(entry.key, on)}
                onRestore={
                  canRestore && entry.kind !== 'live' && !entry.removed
                    ? () => setConfirming(entry)
                    : undefined
                }
              />
            ))}
          </ol>
        )}
        {states?.length === 0 && <p className="compare-note">{t('history.none')}</p>}
        {before && after && (
          <HistoryComparison
            clauseId={clauseId}
            before={before}
            after={after}
            parties={treaty.parties}
            domains={treaty.domains}
            lang={lang}
          />
        )}
      </div>
      {confirming?.state && (
        <ConfirmRestore
          title={t('restore.clauseTitle', { number: confirming.state.number, version: confirming.title })}
          confirmLabel={t('restore.clauseConfirm')}
          onConfirm={() => restore(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>
            {confirming.recordedAt
              ? t('restore.clauseBodyOn', { when: formatWhen(confirming.recordedAt) })
              : t('restore.clauseBody')}
            {live ? '' : ` ${t('restore.clauseComesBack', { number: confirming.state.number })}`}
          </p>
        </ConfirmRestore>
      )}
    </SidePanel>
  );
}
