import type { CommitmentMatrix } from '@pactum/shared';
import { ArticleLink } from './ArticleLink.tsx';

interface MatrixLegendProps {
  gaps: CommitmentMatrix['gaps'];
  domainLabel: (key: string) => string;
  partyName: (code: string) => string;
  onGoToClause: (clauseId: string) => void;
}

/** What the highlighted rows and columns mean, and which they are. */
export function MatrixLegend({ gaps, domainLabel, partyName, onGoToClause }: MatrixLegendProps) {
  const { domainsWithoutParty, partiesWithoutCommitment } = gaps;
  return (
    <div className="matrix-legend">
      <h2>Gaps</h2>
      <dl>
        <div>
          <dt>
            <span className="legend-swatch legend-domain" aria-hidden="true" /> Domain without a party
          </dt>
          <dd>
            A trigger clause covers the domain, but no party commits anything in it.{' '}
            {domainsWithoutParty.length === 0 ? (
              <span className="legend-none">None.</span>
            ) : (
              <ul className="legend-list">
                {domainsWithoutParty.map(({ domain, triggerClauses }) => (
                  <li key={domain}>
                    <strong>{domainLabel(domain)}</strong> (trigger in{' '}
                    {triggerClauses.map((ref, index) => (
                      <span key={ref.clauseId}>
                        {index > 0 && ', '}
                        <ArticleLink short {...ref} onGoTo={onGoToClause} />
                      </span>
                    ))}
                    )
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>
            <span className="legend-swatch legend-party" aria-hidden="true" /> Party without a commitment
          </dt>
          <dd>
            {partiesWithoutCommitment.length === 0 ? (
              <span className="legend-none">None: every party commits something.</span>
            ) : (
              partiesWithoutCommitment.map((code) => `${partyName(code)} (${code})`).join(', ')
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
