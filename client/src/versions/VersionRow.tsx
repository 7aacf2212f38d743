import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import type { VersionMeta } from './versionApi.ts';
import { versionLabel } from './versionLabel.ts';

export interface VersionActions {
  onOpen: (version: VersionMeta) => void;
  onCompare: (version: VersionMeta) => void;
  /** Absent for a role that may not edit. */
  onRestore?: ((version: VersionMeta) => void) | undefined;
}

/** One version: what it is called, when and by whom it was taken, and what can be done with it. */
export function VersionRow({
  version,
  onOpen,
  onCompare,
  onRestore,
}: { version: VersionMeta } & VersionActions) {
  const { t } = useTranslation('versions');
  const label = versionLabel(version);
  const facts = [
    version.kind === 'named' ? formatWhen(version.createdAt) : null,
    version.createdBy,
    t('articles', { count: version.clauseCount }),
  ].filter(Boolean);
  return (
    <li className={`version-row is-${version.kind}`} data-testid="version-row" data-version-id={version.id}>
      <div className="version-main">
        <span className="version-name">{label}</span>
        <span className="version-facts">{facts.join(' · ')}</span>
        {version.note && <p className="version-note">{version.note}</p>}
      </div>
      <fieldset className="version-actions">
        <legend className="visually-hidden">{label}</legend>
        <button type="button" className="button-small" onClick={() => onOpen(version)}>
          {t('list.open')}
        </button>
        <button type="button" className="button-small" onClick={() => onCompare(version)}>
          {t('list.compareWithLive')}
        </button>
        {onRestore && (
          <button type="button" className="button-small" onClick={() => onRestore(version)}>
            {t('list.restore')}
          </button>
        )}
      </fieldset>
    </li>
  );
}
