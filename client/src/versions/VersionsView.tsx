import { Action, restoreVersion, roleAllows } from '@pactum/shared';
import type { Editor } from '@tiptap/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../access/MeContext.tsx';
import type { CollabSession } from '../collab/CollabSession.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import { useLoaded } from '../lib/useLoaded.ts';
import { useTreatyTags } from '../tags/useTreatyTags.ts';
import { CompareModeSwitch } from './CompareModeSwitch.tsx';
import { CompareView } from './CompareView.tsx';
import { ConfirmRestore } from './ConfirmRestore.tsx';
import { LanguageComparisonView } from './LanguageComparisonView.tsx';
import { NameVersionForm } from './NameVersionForm.tsx';
import { RestoreNotice } from './RestoreNotice.tsx';
import { useReadingLanguage } from './useReadingLanguage.ts';
import { useRestore } from './useRestore.ts';
import { VersionList } from './VersionList.tsx';
import { VersionReader } from './VersionReader.tsx';
import { LIVE, listVersions, readVersion, type VersionMeta } from './versionApi.ts';
import { versionLabel } from './versionLabel.ts';
import { compareLanguagesOf, compareWithLive, VERSIONS_HOME, type VersionsScreen } from './versionsScreen.ts';
import '../styles/versions.css';

interface VersionsViewProps {
  session: CollabSession;
  editor: Editor | null;
  screen: VersionsScreen;
  onScreen: (screen: VersionsScreen) => void;
  onHistory: (clauseId: string) => void;
}

/** Named versions and checkpoints of the treaty: read one, compare any two, restore one. */
export function VersionsView({ session, editor, screen, onScreen, onHistory }: VersionsViewProps) {
  const { t } = useTranslation('versions');
  const { treatyId, doc } = session;
  const { role } = useMe();
  const canRestore = roleAllows(role, Action.edit);
  const [versions, reload] = useLoaded(treatyId, () => listVersions(treatyId));
  const { domains } = useTreatyTags(session.tags);
  const saved = useSessionState(session, 'saved');
  const restorer = useRestore(editor, doc);
  const reading = useReadingLanguage(doc, editor);
  const { languages } = reading;
  const known = (lang: string | undefined) => (lang && languages.includes(lang) ? lang : undefined);
  const compareLang = screen.kind === 'compare' ? (known(screen.lang) ?? reading.lang) : reading.lang;
  const pairLeft = screen.kind === 'languages' ? (known(screen.left) ?? reading.lang) : reading.lang;
  const pairRight =
    screen.kind === 'languages'
      ? (known(screen.right) ?? languages.find((lang) => lang !== pairLeft) ?? pairLeft)
      : pairLeft;
  const [confirming, setConfirming] = useState<VersionMeta | null>(null);
  const titleId = useId();

  const restore = async (version: VersionMeta) => {
    setConfirming(null);
    const label = t('restore.versionLabel', { version: versionLabel(version) });
    try {
      const { treaty } = await readVersion(treatyId, version.id);
      restorer.restore(label, (origin) => restoreVersion(doc, treaty, origin));
    } catch (error) {
      restorer.fail(label, error);
    }
  };
  const actions = {
    onOpen: (version: VersionMeta) => onScreen({ kind: 'version', versionId: version.id }),
    onCompare: (version: VersionMeta) => onScreen(compareWithLive(version.id)),
    onRestore: canRestore ? setConfirming : undefined,
  };
  const lists = versions.status === 'ready' ? versions.value : null;

  return (
    <section className="view-sheet versions-sheet" aria-labelledby={titleId}>
      <div className="versions-head">
        {screen.kind !== 'list' && (
          <button type="button" className="link-button versions-back" onClick={() => onScreen(VERSIONS_HOME)}>
            {t('back')}
          </button>
        )}
        <h1 id={titleId}>{t(`title.${screen.kind}`)}</h1>
        {screen.kind === 'list' && lists && lists.named.length > 0 && (
          <button
            type="button"
            className="button-small"
            onClick={() => onScreen(compareWithLive(lists.named[0]?.id ?? LIVE))}
          >
            {t('compareVersions')}
          </button>
        )}
        {screen.kind === 'list' && languages.length > 1 && (
          <button type="button" className="button-small" onClick={() => onScreen(compareLanguagesOf(LIVE))}>
            {t('compareLanguages')}
          </button>
        )}
      </div>
      {restorer.outcome && (
        <RestoreNotice outcome={restorer.outcome} onUndo={restorer.undo} onDismiss={restorer.dismiss} />
      )}
      {versions.status === 'error' && (
        <p className="form-error" role="alert">
          {versions.message}
        </p>
      )}
      {screen.kind === 'list' && (
        <>
          {roleAllows(role, Action.manage) ? (
            <NameVersionForm treatyId={treatyId} saved={saved} onNamed={reload} />
          ) : (
            <p className="view-intro">{t('chairNames')}</p>
          )}
          {lists ? (
            <VersionList versions={lists} {...actions} />
          ) : (
            <p className="versions-loading">{t('loading')}</p>
          )}
        </>
      )}
      {screen.kind === 'version' && (
        <VersionReader
          treatyId={treatyId}
          versionId={screen.versionId}
          domains={domains}
          onCompare={actions.onCompare}
          onRestore={actions.onRestore}
          onHistory={onHistory}
        />
      )}
      {(screen.kind === 'compare' || screen.kind === 'languages') && languages.length > 1 && (
        <CompareModeSwitch
          mode={screen.kind}
          onMode={(mode) =>
            onScreen(
              mode === 'languages'
                ? compareLanguagesOf(screen.kind === 'compare' ? screen.to : LIVE)
                : compareWithLive(lists?.named[0]?.id ?? LIVE),
            )
          }
        />
      )}
      {screen.kind === 'languages' && lists && (
        <LanguageComparisonView
          treatyId={treatyId}
          versions={lists}
          languages={languages}
          at={screen.at}
          left={pairLeft}
          right={pairRight}
          onPick={(at, left, right) => onScreen({ kind: 'languages', at, left, right })}
          onHistory={onHistory}
        />
      )}
      {screen.kind === 'compare' && lists && (
        <CompareView
          treatyId={treatyId}
          doc={doc}
          domains={domains}
          versions={lists}
          from={screen.from}
          to={screen.to}
          lang={compareLang}
          languages={languages}
          onPick={(from, to) => onScreen({ kind: 'compare', from, to, lang: screen.lang })}
          onLang={(lang) => onScreen({ ...screen, lang })}
          onHistory={onHistory}
        />
      )}
      {confirming && (
        <ConfirmRestore
          title={t('restore.versionTitle', { version: versionLabel(confirming) })}
          confirmLabel={t('restore.versionConfirm')}
          onConfirm={() => restore(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('restore.versionBody', { count: confirming.clauseCount })}</p>
        </ConfirmRestore>
      )}
    </section>
  );
}
