import { clauseLabel, type Domain } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import { useLoaded } from '../lib/useLoaded.ts';
import { domainLabelOf } from '../tags/vocabularyText.ts';
import { RichBody } from './RichBody.tsx';
import { readVersion, type VersionMeta } from './versionApi.ts';
import { versionLabel } from './versionLabel.ts';

interface VersionReaderProps {
  treatyId: string;
  versionId: string;
  domains: readonly Domain[];
  onCompare: (version: VersionMeta) => void;
  onRestore?: ((version: VersionMeta) => void) | undefined;
  onHistory: (clauseId: string) => void;
}

/** A version as it was, read-only: title, preamble and every article with its rich text. */
export function VersionReader({
  treatyId,
  versionId,
  domains,
  onCompare,
  onRestore,
  onHistory,
}: VersionReaderProps) {
  const { t } = useTranslation('versions');
  const [loaded] = useLoaded(versionId, () => readVersion(treatyId, versionId));
  if (loaded.status === 'loading') return <p className="versions-loading">{t('reader.opening')}</p>;
  if (loaded.status === 'error')
    return (
      <p className="form-error" role="alert">
        {loaded.message}
      </p>
    );
  const { treaty, ...version } = loaded.value;
  const domainLabel = (key: string) => domainLabelOf(key, domains);

  return (
    <div className="version-reader" data-testid="version-reader">
      <div className="version-reader-head">
        <div>
          <p className="version-kicker">
            {version.kind === 'named' ? t('reader.kickerNamed') : t('reader.kickerCheckpoint')}
          </p>
          <h2>{versionLabel(version)}</h2>
          <p className="version-facts">
            {[formatWhen(version.createdAt), version.createdBy].filter(Boolean).join(' · ')}
          </p>
          {version.note && <p className="version-note">{version.note}</p>}
        </div>
        <div className="version-actions">
          <button type="button" className="button-small" onClick={() => onCompare(version)}>
            {t('list.compareWithLive')}
          </button>
          {onRestore && (
            <button type="button" className="button-small" onClick={() => onRestore(version)}>
              {t('list.restore')}
            </button>
          )}
        </div>
      </div>
      <article className="version-text" aria-label={t('reader.textOf', { version: versionLabel(version) })}>
        <h3 className="version-title">{treaty.title || t('untitledTreaty')}</h3>
        <div className="version-preamble">
          {treaty.preamble.split('\n').map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text, in order.
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        {treaty.clauses.map((clause) => (
          <section key={clause.clauseId} className="version-clause" data-clause-id={clause.clauseId}>
            <div className="version-clause-head">
              <p className="version-article">{clauseLabel(clause.number)}</p>
              <button type="button" className="link-button" onClick={() => onHistory(clause.clauseId)}>
                {t('historyButton')}
              </button>
            </div>
            <h4>{clause.heading || t('untitledArticle')}</h4>
            {clause.domains.length > 0 && (
              <p className="version-domains">{clause.domains.map(domainLabel).join(' · ')}</p>
            )}
            <RichBody content={clause.body} />
          </section>
        ))}
      </article>
    </div>
  );
}
