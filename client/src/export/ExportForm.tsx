import { EXPORT_SCOPES, type ExportScope } from '@pactum/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgreement } from '../agreement/useAgreement.ts';
import type { CollabSession } from '../collab/CollabSession.ts';
import { useTreatyLanguages } from '../editor/useTreatyLanguages.ts';
import { useLoaded } from '../lib/useLoaded.ts';
import { LIVE, listVersions, type VersionLists, type VersionRef } from '../versions/versionApi.ts';
import { ChoiceCards } from './ChoiceCards.tsx';
import { ExportLanguageSelect } from './ExportLanguageSelect.tsx';
import { ExportSources } from './ExportSources.tsx';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  FORMAT_INFO,
  formatDownload,
  formatHint,
  formatLabel,
} from './exportFormats.ts';
import { type ExportChoice, exportHref } from './exportHref.ts';
import { exportLanguageChoices, exportLanguageOf } from './exportLanguages.ts';
import { exportPreview } from './exportPreview.ts';
import { scopeHint, scopeLabel } from './exportScopes.ts';

const NO_VERSIONS: VersionLists = { named: [], checkpoints: [] };

/** The older side of a compare until someone picks one: the newest named version, else the newest checkpoint. */
function newestVersion(versions: VersionLists): VersionRef {
  return versions.named[0]?.id ?? versions.checkpoints[0]?.id ?? LIVE;
}

type ExportDraft = Omit<ExportChoice, 'from'> & { from: VersionRef | null };

const INITIAL: ExportDraft = {
  format: 'pdf',
  scope: 'agreed',
  version: LIVE,
  from: null,
  to: LIVE,
  annex: false,
  lang: '',
};

/** Format, scope and version of an export, what it will hold, and the link that downloads it. */
export function ExportForm({ session }: { session: CollabSession }) {
  const { t } = useTranslation('export');
  const { treatyId } = session;
  const overview = useAgreement(session);
  const [loaded] = useLoaded(treatyId, () => listVersions(treatyId));
  const versions = loaded.status === 'ready' ? loaded.value : NO_VERSIONS;
  const [draft, setDraft] = useState<ExportDraft>(INITIAL);
  const change = (patch: Partial<ExportDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const previewId = useId();

  const languages = useTreatyLanguages(session.doc);
  const info = FORMAT_INFO[draft.format];
  const languageChoices = exportLanguageChoices(languages, info.hasParallel);
  const choice: ExportChoice = {
    ...draft,
    from: draft.from ?? newestVersion(versions),
    lang: exportLanguageOf(draft.lang, languageChoices),
  };
  const sameSides = info.hasScope && choice.scope === 'compare' && choice.from === choice.to;
  // Worded at each render, so a switch of the interface language rewords the cards.
  const formatChoices = EXPORT_FORMATS.map((value) => ({
    value,
    label: formatLabel(value),
    hint: formatHint(value),
  }));
  const scopeChoices = EXPORT_SCOPES.map((value) => ({
    value,
    label: scopeLabel(value),
    hint: scopeHint(value),
  }));

  return (
    <div className="export-form">
      <ChoiceCards<ExportFormat>
        legend={t('form.format')}
        choices={formatChoices}
        value={choice.format}
        onChange={(format) => change({ format })}
      />
      {info.hasScope && (
        <>
          <ChoiceCards<ExportScope>
            legend={t('form.scope')}
            choices={scopeChoices}
            value={choice.scope}
            onChange={(scope) => change({ scope })}
          />
          <div className="export-options">
            {languages.length > 1 && (
              <ExportLanguageSelect
                choices={languageChoices}
                value={choice.lang}
                onChange={(lang) => change({ lang })}
              />
            )}
            <ExportSources
              scope={choice.scope}
              versions={versions}
              version={choice.version}
              from={choice.from}
              to={choice.to}
              onChange={change}
            />
            {info.hasAnnex && (
              <label className="checkbox-field export-annex">
                <input
                  type="checkbox"
                  checked={choice.annex}
                  onChange={(event) => change({ annex: event.target.checked })}
                />
                {t('form.annex')}
              </label>
            )}
          </div>
          {loaded.status === 'error' && (
            <p className="form-error">{t('form.versionsFailed', { message: loaded.message })}</p>
          )}
        </>
      )}
      <div className="export-action">
        <p id={previewId} className="export-preview" data-testid="export-preview">
          {exportPreview(choice, overview, versions.named.length + versions.checkpoints.length > 0)}
        </p>
        <a
          className="button-primary export-download"
          href={sameSides ? undefined : exportHref(treatyId, choice)}
          download
          aria-disabled={sameSides || undefined}
          aria-describedby={previewId}
        >
          {formatDownload(choice.format)}
        </a>
      </div>
    </div>
  );
}
