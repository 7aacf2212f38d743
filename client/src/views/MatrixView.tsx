import { commitmentMatrix } from '@pactum/shared';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { formatNumber } from '../lib/formatList.ts';
import { domainStyle } from '../tags/domainStyle.ts';
import { useTreatySnapshot } from '../tags/useTreatySnapshot.ts';
import { domainLabel } from '../tags/vocabularyText.ts';
import { ArticleLink } from './ArticleLink.tsx';
import { MatrixLegend } from './MatrixLegend.tsx';

interface MatrixViewProps {
  doc: Y.Doc;
  onGoToClause: (clauseId: string) => void;
}

/** Parties × domains: how many commitments each party makes in each domain, and in which articles. */
export function MatrixView({ doc, onGoToClause }: MatrixViewProps) {
  const { t } = useTranslation('views');
  const titleId = useId();
  const treaty = useTreatySnapshot(doc);
  const matrix = useMemo(() => commitmentMatrix(treaty), [treaty]);
  const domainOf = (key: string) => treaty.domains.find((domain) => domain.key === key);
  const partyName = (code: string) =>
    treaty.parties.find((party) => party.code === code)?.name ?? t('matrix.notAParty');
  const gapDomains = new Set(matrix.gaps.domainsWithoutParty.map((gap) => gap.domain));
  const idleParties = new Set(matrix.gaps.partiesWithoutCommitment);

  return (
    <section className="view-sheet" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('matrix.title')}</h1>
      <p className="view-intro">{t('matrix.intro')}</p>
      <div className="matrix-scroll" data-testid="matrix">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                {t('matrix.domain')}
              </th>
              {matrix.parties.map((code) => (
                <th
                  key={code}
                  scope="col"
                  title={partyName(code)}
                  className={idleParties.has(code) ? 'is-gap' : undefined}
                >
                  <abbr title={partyName(code)}>{code}</abbr>
                  {idleParties.has(code) && (
                    <span className="visually-hidden"> {t('matrix.noCommitment')}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.domains.map((key, row) => {
              const domain = domainOf(key);
              return (
                <tr key={key} className={gapDomains.has(key) ? 'is-gap' : undefined}>
                  <th scope="row" style={domainStyle(domain?.color ?? '#5b5b5b')}>
                    <span className="domain-swatch" aria-hidden="true" />
                    {domain ? domainLabel(domain) : key}
                    {gapDomains.has(key) && <span className="gap-note">{t('matrix.noPartyCommits')}</span>}
                  </th>
                  {(matrix.cells[row] ?? []).map((cell) => (
                    <td
                      key={cell.party}
                      data-domain={cell.domain}
                      data-party={cell.party}
                      className={
                        [cell.count > 0 && 'has-commitments', idleParties.has(cell.party) && 'is-idle']
                          .filter(Boolean)
                          .join(' ') || undefined
                      }
                    >
                      {cell.count > 0 ? (
                        <>
                          <span className="matrix-count">{formatNumber(cell.count)}</span>
                          <span className="matrix-refs">
                            {cell.clauses.map((ref) => (
                              <ArticleLink key={ref.clauseId} short {...ref} onGoTo={onGoToClause} />
                            ))}
                          </span>
                        </>
                      ) : (
                        <span className="matrix-empty">
                          <span className="visually-hidden">{t('matrix.none')}</span>
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MatrixLegend
        gaps={matrix.gaps}
        domainLabel={(key) => {
          const domain = domainOf(key);
          return domain ? domainLabel(domain) : key;
        }}
        partyName={partyName}
        onGoToClause={onGoToClause}
      />
    </section>
  );
}
