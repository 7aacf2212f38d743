import type { AgreementOverview, ClauseAgreement } from '@pactum/shared';
import { ArticleLink } from '../views/ArticleLink.tsx';
import { ConcordanceBadge } from './ConcordanceBadge.tsx';
import { PartyCode } from './PartyCode.tsx';
import { StatusBadge } from './StatusBadge.tsx';

interface AgreementTableProps {
  overview: AgreementOverview;
  /** The treaty has several languages: a column says whether each article's texts are concordant. */
  multilingual: boolean;
  partyName: (code: string) => string;
  onGoToClause: (clauseId: string) => void;
}

interface CodesProps {
  codes: readonly string[];
  /** How many parties the treaty has: a list of all of them reads "all parties". */
  partyCount: number;
  partyName: (code: string) => string;
}

function Codes({ codes, partyCount, partyName }: CodesProps) {
  if (codes.length === 0) return <span className="muted">—</span>;
  if (partyCount > 1 && codes.length === partyCount)
    return (
      <span className="agreement-all" title={codes.map(partyName).join(', ')}>
        all parties
      </span>
    );
  return (
    <>
      {codes.map((code, index) => (
        <span key={code}>
          {index > 0 && ', '}
          <PartyCode code={code} name={partyName(code)} />
        </span>
      ))}
    </>
  );
}

const count = (n: number) => (n === 0 ? <span className="muted">—</span> : n);

interface RowProps {
  clause: ClauseAgreement;
  multilingual: boolean;
  /** Party codes in the treaty's order. */
  parties: readonly string[];
  partyName: (code: string) => string;
  onGoToClause: (clauseId: string) => void;
}

function Row({ clause, multilingual, parties, partyName, onGoToClause }: RowProps) {
  const inPartyOrder = (codes: readonly string[]) => parties.filter((code) => codes.includes(code));
  const names = { partyCount: parties.length, partyName };
  return (
    <tr data-testid="agreement-row" data-clause-id={clause.clauseId} data-status={clause.status}>
      <th scope="row">
        <ArticleLink number={clause.number} clauseId={clause.clauseId} onGoTo={onGoToClause} />
        <span className="agreement-heading">{clause.heading || 'Untitled article'}</span>
      </th>
      <td>
        <StatusBadge status={clause.status} />
        {clause.awaitingConcordance && (
          <span className="agreement-awaiting" data-testid="awaiting-concordance">
            signed by all; awaits concordant texts
          </span>
        )}
      </td>
      {multilingual && (
        <td>
          <ConcordanceBadge concordance={clause.concordance} detailed />
        </td>
      )}
      <td>
        <Codes codes={clause.signedBy} {...names} />
      </td>
      <td className={clause.staleBy.length > 0 ? 'is-stale' : undefined}>
        <Codes codes={inPartyOrder(clause.staleBy)} {...names} />
      </td>
      <td>
        <Codes codes={clause.brackets.map((bracket) => bracket.delegation)} {...names} />
      </td>
      <td className="agreement-number">
        {count(clause.options.filter((option) => !option.setAside).length)}
      </td>
      <td className="agreement-number">{count(clause.openComments)}</td>
      <td className="agreement-number">{count(clause.reservations.length)}</td>
    </tr>
  );
}

/** Every article's status, concordance of its texts, sign-offs, brackets, options, open comments and reservations. */
export function AgreementTable({ overview, multilingual, partyName, onGoToClause }: AgreementTableProps) {
  const parties = overview.delegations.map((delegation) => delegation.code);
  return (
    <div className="agreement-table-scroll">
      <table className="agreement-table">
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Status</th>
            {multilingual && (
              <th scope="col" title="Whether the article's language texts say the same">
                Texts
              </th>
            )}
            <th scope="col">Signed off by</th>
            <th scope="col" title="Signed before the text changed">
              Stale
            </th>
            <th scope="col">Bracketed by</th>
            <th scope="col">Options</th>
            <th scope="col">Open comments</th>
            <th scope="col">Reservations</th>
          </tr>
        </thead>
        <tbody>
          {overview.clauses.map((clause) => (
            <Row
              key={clause.clauseId}
              clause={clause}
              multilingual={multilingual}
              parties={parties}
              partyName={partyName}
              onGoToClause={onGoToClause}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
