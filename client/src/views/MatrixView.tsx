import { commitmentMatrix } from '@pactum/shared';
import { useId, useMemo } from 'react';
import type * as Y from 'yjs';
import { domainStyle } from '../tags/domainStyle.ts';
import { useTreatySnapshot } from '../tags/useTreatySnapshot.ts';
import { ArticleLink } from './ArticleLink.tsx';
import { MatrixLegend } from './MatrixLegend.tsx';

interface MatrixViewProps {
  doc: Y.Doc;
  onGoToClause: (clauseId: string) => void;
}

/** Parties × domains: how many commitments each party makes in each domain, and in which articles. */
export function MatrixView({ doc, onGoToClause }: MatrixViewProps) {
  const titleId = useId();
  const treaty = useTreatySnapshot(doc);
  const matrix = useMemo(() => commitmentMatrix(treaty), [treaty]);
  const domainOf = (key: string) => treaty.domains.find((domain) => domain.key === key);
  const partyName = (code: string) =>
    treaty.parties.find((party) => party.code === code)?.name ?? 'not a party';
  const gapDomains = new Set(matrix.gaps.domainsWithoutParty.map((gap) => gap.domain));
  const idleParties = new Set(matrix.gaps.partiesWithoutCommitment);

  return (
    <section className="view-sheet" aria-labelledby={titleId}>
      <h1 id={titleId}>Commitment matrix</h1>
      <p className="view-intro">
        Commitments of each party by domain, with the articles they are in. Choose an article to go to its
        text.
      </p>
      <div className="matrix-scroll" data-testid="matrix">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                Domain
              </th>
              {matrix.parties.map((code) => (
                <th
                  key={code}
                  scope="col"
                  title={partyName(code)}
                  className={idleParties.has(code) ? 'is-gap' : undefined}
                >
                  <abbr title={partyName(code)}>{code}</abbr>
                  {idleParties.has(code) && <span className="visually-hidden"> (no commitment)</span>}
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
                    {domain?.label ?? key}
                    {gapDomains.has(key) && <span className="gap-note">no party commits</span>}
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
                          <span className="matrix-count">{cell.count}</span>
                          <span className="matrix-refs">
                            {cell.clauses.map((ref) => (
                              <ArticleLink key={ref.clauseId} short {...ref} onGoTo={onGoToClause} />
                            ))}
                          </span>
                        </>
                      ) : (
                        <span className="matrix-empty">
                          <span className="visually-hidden">none</span>
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
        domainLabel={(key) => domainOf(key)?.label ?? key}
        partyName={partyName}
        onGoToClause={onGoToClause}
      />
    </section>
  );
}
