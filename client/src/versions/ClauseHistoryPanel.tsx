import { Action, clauseInLanguage, clauseLabel, restoreClause, roleAllows } from '@pactum/shared';
import type { Editor } from '@tiptap/react';
import { useMemo, useState } from 'react';
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
  const { treatyId, doc } = session;
  const reading = useReadingLanguage(doc, editor);
  const { lang } = reading;
  const [history] = useLoaded(`${clauseId}:${lang}`, () => clauseHistory(treatyId, clauseId, lang));
  const treaty = useTreatySnapshot(doc);
  const live = treaty.clauses.find((clause) => clause.clauseId === clauseId);
  const states = history.status === 'ready' ? history.value : null;
  const entries = useMemo(() => (states ? historyTimeline(states, live, lang) : []), [states, live, lang]);
  const selection = useHistorySelection(entries);
  const restorer = useRestore(editor, doc);
  const [confirming, setConfirming] = useState<TimelineEntry | null>(null);
  const canRestore = roleAllows(useMe().role, Action.edit);

  const latest = live
    ? clauseInLanguage(live, lang, live.lang)
    : entries.findLast((entry) => entry.state)?.state;
  const kicker = live ? `${clauseLabel(live.number, lang)} · history` : 'Deleted article · history';
  const [before, after] = selection.pair;

  const restore = (entry: TimelineEntry) => {
    setConfirming(null);
    const state = entry.state;
    if (!state) return;
    restorer.restore(`${clauseLabel(state.number, lang)} as in “${entry.title}”`, (origin) =>
      restoreClause(doc, { clauseId, ...state }, origin),
    );
  };

  return (
    <SidePanel
      kicker={kicker}
      title={latest ? latest.heading || 'Untitled article' : 'Article history'}
      onClose={onClose}
      focusKey={`history:${clauseId}`}
    >
      <div className="clause-history" data-testid="clause-history">
        <p className="panel-note">
          Each state of this article recorded by a version, oldest first, then the live text. Tick two to
          compare them.
        </p>
        {reading.languages.length > 1 && (
          <>
            <LanguageSelect
              label="Text in"
              value={lang}
              languages={reading.languages}
              onChange={reading.choose}
            />
            <p className="panel-note">Only the states that changed something in this language are listed.</p>
          </>
        )}
        {restorer.outcome && (
          <RestoreNotice outcome={restorer.outcome} onUndo={restorer.undo} onDismiss={restorer.dismiss} />
        )}
        {history.status === 'loading' && <p className="versions-loading">Loading the history…</p>}
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
        {states?.length === 0 && (
          <p className="compare-note">
            No version has recorded this article yet: name a version to start its history.
          </p>
        )}
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
          title={`Restore ${clauseLabel(confirming.state.number)} as in “${confirming.title}”?`}
          confirmLabel="Restore this state"
          onConfirm={() => restore(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>
            Its heading, text and tags become those recorded
            {confirming.recordedAt ? ` on ${formatWhen(confirming.recordedAt)}` : ''}.
            {live
              ? ''
              : ` It is not in the text now: it comes back as ${clauseLabel(confirming.state.number)}, keeping its identity and history.`}
          </p>
        </ConfirmRestore>
      )}
    </SidePanel>
  );
}
