import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/formatList.ts';
import { type VersionActions, VersionRow } from './VersionRow.tsx';
import type { VersionLists } from './versionApi.ts';

/** Named versions first; the automatic checkpoints folded away below them. */
export function VersionList({ versions, ...actions }: { versions: VersionLists } & VersionActions) {
  const { t } = useTranslation('versions');
  const { named, checkpoints } = versions;
  const titleId = useId();
  return (
    <>
      <section className="version-group" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('list.named')}</h2>
        {named.length === 0 ? (
          <p className="compare-note">{t('list.noNamed')}</p>
        ) : (
          <ul className="version-list">
            {named.map((version) => (
              <VersionRow key={version.id} version={version} {...actions} />
            ))}
          </ul>
        )}
      </section>
      <details className="version-group checkpoints">
        <summary>
          <h2>{t('list.checkpoints', { number: formatNumber(checkpoints.length) })}</h2>
        </summary>
        <p className="field-hint">{t('list.checkpointsHint')}</p>
        {checkpoints.length === 0 ? (
          <p className="compare-note">{t('list.noCheckpoint')}</p>
        ) : (
          <ul className="version-list">
            {checkpoints.map((version) => (
              <VersionRow key={version.id} version={version} {...actions} />
            ))}
          </ul>
        )}
      </details>
    </>
  );
}
