import { Action, roleAllows, type ScenarioEvent } from '@pactum/shared';
import { EditorContent } from '@tiptap/react';
import { type ReactNode, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../access/MeContext.tsx';
import { ReadOnlyNote } from '../access/ReadOnlyNote.tsx';
import { ReadOnlyPanel } from '../access/ReadOnlyPanel.tsx';
import { agreementRights } from '../agreement/agreementRights.ts';
import type { CollabSession } from '../collab/CollabSession.ts';
import { participantOf } from '../collab/participant.ts';
import { type ClauseFilter, NO_FILTER } from '../filter/clauseFilter.ts';
import { FilterBar } from '../filter/FilterBar.tsx';
import { ClauseHistoryPanel, ClauseTagPanel, PartiesPanel } from '../panel/lazyPanels.ts';
import { navigate, type TreatyView, treatyPath } from '../router/route.ts';
import { KeyboardHelpButton } from '../shell/KeyboardHelpButton.tsx';
import { KeyboardHelpDialog } from '../shell/KeyboardHelpDialog.tsx';
import { PanelFocusScope } from '../shell/PanelFocusScope.tsx';
import { SessionAnnouncements } from '../shell/SessionAnnouncements.tsx';
import { VERSIONS_HOME, type VersionsScreen } from '../versions/versionsScreen.ts';
import { DEFAULT_SCENARIO } from '../views/defaultScenario.ts';
import {
  AgreementView,
  ExportView,
  MatrixView,
  MembersView,
  ScenarioView,
  VersionsView,
} from '../views/lazyViews.ts';
import { useViewScroll } from '../views/useViewScroll.ts';
import { VIEW_PANEL_ID, ViewTabs, viewTabId } from '../views/ViewTabs.tsx';
import { setClauseFilter } from './extensions/ClauseFilterHighlight.ts';
import { setTaggingClause } from './extensions/ClauseTags.ts';
import { LanguageBar } from './LanguageBar.tsx';
import { revealClause } from './revealClause.ts';
import { SideBySideHeader } from './SideBySideHeader.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useLanguageView } from './useLanguageView.ts';
import { useTreatyEditor } from './useTreatyEditor.ts';

type PanelTarget =
  | { kind: 'clause'; clauseId: string }
  | { kind: 'history'; clauseId: string }
  | { kind: 'parties' };

interface TreatyWorkspaceProps {
  session: CollabSession;
  view: TreatyView;
  /** Shown at the end of the toolbar row. */
  aside: ReactNode;
}

/**
 * The open treaty: its views, the filter bar and the side panel. The editor
 * stays mounted (only hidden) in the other views, so the caret and undo
 * history survive a look at the matrix.
 */
export function TreatyWorkspace({ session, view, aside }: TreatyWorkspaceProps) {
  const { t } = useTranslation(['editor', 'common']);
  const me = useMe();
  const canEdit = roleAllows(me.role, Action.edit);
  const [panel, setPanel] = useState<PanelTarget | null>(null);
  const [filter, setFilter] = useState<ClauseFilter>(NO_FILTER);
  const [scenario, setScenario] = useState<ScenarioEvent>(DEFAULT_SCENARIO);
  const [pendingReveal, setPendingReveal] = useState<string | null>(null);
  const [versionsScreen, setVersionsScreen] = useState<VersionsScreen>(VERSIONS_HOME);
  const openClause = useCallback((clauseId: string) => setPanel({ kind: 'clause', clauseId }), []);
  const openHistory = useCallback((clauseId: string) => setPanel({ kind: 'history', clauseId }), []);
  const languages = useLanguageView(session.doc, session.treatyId);
  const mayConfirm = agreementRights(me).signOff;
  const editor = useTreatyEditor(session, participantOf(me), canEdit, openClause, languages, mayConfirm);
  useViewScroll(view, pendingReveal !== null);

  useEffect(() => {
    if (editor) setTaggingClause(editor, panel?.kind === 'clause' ? panel.clauseId : null);
  }, [editor, panel]);

  useEffect(() => {
    if (editor) setClauseFilter(editor, filter);
  }, [editor, filter]);

  useEffect(() => {
    if (!editor || view !== 'text' || pendingReveal === null) return;
    revealClause(editor, pendingReveal);
    setPendingReveal(null);
  }, [editor, view, pendingReveal]);

  const goToClause = (clauseId: string) => {
    setPendingReveal(clauseId);
    navigate(treatyPath(session.treatyId), { keepScroll: true });
  };
  // Focus goes back to what opened the panel (PanelFocusScope); to the text when that is gone.
  const closePanel = () => setPanel(null);
  const focusText = () => {
    if (view === 'text') editor?.commands.focus(null, { scrollIntoView: false });
  };

  return (
    <>
      <SessionAnnouncements session={session} ownDelegation={me.delegation} />
      <KeyboardHelpDialog />
      <div className="editor-bar">
        <div className="editor-bar-start">
          <ViewTabs treatyId={session.treatyId} view={view} />
          <button
            type="button"
            className="toolbar-button"
            aria-pressed={panel?.kind === 'parties'}
            onClick={() => setPanel(panel?.kind === 'parties' ? null : { kind: 'parties' })}
          >
            {t('parties')}
          </button>
          <KeyboardHelpButton />
        </div>
        {editor &&
          view === 'text' &&
          (canEdit ? <Toolbar editor={editor} /> : <ReadOnlyNote role={me.role} />)}
        {aside}
      </div>
      <div className={panel ? 'workspace has-panel' : 'workspace'}>
        <div className="workspace-main" role="tabpanel" id={VIEW_PANEL_ID} aria-labelledby={viewTabId(view)}>
          <div
            className={languages.second ? 'text-view is-side-by-side' : 'text-view'}
            hidden={view !== 'text'}
          >
            {editor && (
              <FilterBar editor={editor} store={session.tags} filter={filter} onChange={setFilter} />
            )}
            <LanguageBar view={languages} />
            <div className={languages.second ? 'paper is-side-by-side' : 'paper'}>
              {languages.second && <SideBySideHeader langs={[languages.lang, languages.second]} />}
              {editor && <EditorContent editor={editor} />}
            </div>
          </div>
          <Suspense fallback={<p className="loading">{t('common:loading')}</p>}>
            {view === 'matrix' && <MatrixView doc={session.doc} onGoToClause={goToClause} />}
            {view === 'scenario' && (
              <ScenarioView
                doc={session.doc}
                event={scenario}
                onEventChange={setScenario}
                onGoToClause={goToClause}
              />
            )}
            {view === 'agreement' && <AgreementView session={session} onGoToClause={goToClause} />}
            {view === 'members' && <MembersView treatyId={session.treatyId} />}
            {view === 'export' && <ExportView session={session} />}
            {view === 'versions' && (
              <VersionsView
                session={session}
                editor={editor}
                screen={versionsScreen}
                onScreen={setVersionsScreen}
                onHistory={openHistory}
              />
            )}
          </Suspense>
        </div>
        {panel && (
          <PanelFocusScope onClose={closePanel} onOpenerGone={focusText}>
            <Suspense fallback={<p className="loading">{t('common:loading')}</p>}>
              {panel?.kind === 'clause' && editor && (
                <ReadOnlyPanel readOnly={!canEdit} onClose={closePanel}>
                  <ClauseTagPanel
                    session={session}
                    editor={editor}
                    clauseId={panel.clauseId}
                    onClose={closePanel}
                    onEditParties={() => setPanel({ kind: 'parties' })}
                    onHistory={() => openHistory(panel.clauseId)}
                  />
                </ReadOnlyPanel>
              )}
              {panel?.kind === 'history' && (
                <ClauseHistoryPanel
                  session={session}
                  editor={editor}
                  clauseId={panel.clauseId}
                  onClose={closePanel}
                />
              )}
              {panel?.kind === 'parties' && (
                <ReadOnlyPanel readOnly={!canEdit} onClose={closePanel}>
                  <PartiesPanel session={session} onClose={closePanel} />
                </ReadOnlyPanel>
              )}
            </Suspense>
          </PanelFocusScope>
        )}
      </div>
    </>
  );
}
