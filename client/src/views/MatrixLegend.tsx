import type { CommitmentMatrix } from '@pactum/shared';
import { Trans, useTranslation } from 'react-i18next';
import { ArticleLink } from './ArticleLink.tsx';

interface MatrixLegendProps {
  gaps: CommitmentMatrix['gaps'];
  domainLabel: (key: string) => string;
  partyName: (code: string) => string;
  onGoToClause: (clauseId: string) => void;
}

/** What the highlighted rows and columns mean, and which they are. */
export function MatrixLegend({ gaps, domainLabel, partyName, onGoToClause }: MatrixLegendProps) {
  const { t } = useTranslation('views');
  const { domainsWithoutParty, partiesWithoutCommitment } = gaps;
  return (
    <div className="matrix-legend">
      <h2>{t('matrix.gaps')}</h2>
      <dl>
        <div>
          <dt>
            <span className="legend-swatch legend-domain" aria-hidden="true" /> {t('matrix.domainGap')}
          </dt>
          <dd>
            {t('matrix.domainGapMeaning')}{' '}
            {domainsWithoutParty.length === 0 ? (
              <span className="legend-none">{t('matrix.noDomainGap')}</span>
            ) : (
              <ul className="legend-list">
                {domainsWithoutParty.map(({ domain, triggerClauses }) => (
                  <li key={domain}>
                    <strong>{domainLabel(domain)}</strong>{' '}
                    <Trans
                      t={t}
                      i18nKey="matrix.triggerIn"
                      components={{
                        articles: (
                          <>
                            {triggerClauses.map((ref, index) => (
                              <span key={ref.clauseId}>
                                {index > 0 && ', '}
                                <ArticleLink short {...ref} onGoTo={onGoToClause} />
                              </span>
                            ))}
                          </>
                        ),
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>
            <span className="legend-swatch legend-party" aria-hidden="true" /> {t('matrix.partyGap')}
          </dt>
          <dd>
            {partiesWithoutCommitment.length === 0 ? (
              <span className="legend-none">{t('matrix.noPartyGap')}</span>
            ) : (
              partiesWithoutCommitment
                .map((code) => t('matrix.partyWithCode', { name: partyName(code), code }))
                .join(', ')
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
