import type { AgreementOverview, ClauseAgreement } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { formatList } from '../lib/formatList.ts';
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
  const { t } = useTranslation('agreement');
  if (codes.length === 0) return <span className="muted">—</span>;
  if (partyCount > 1 && codes.length === partyCount) {
    // 'unit': a plain enumeration of the names ("Ukraine, France, Canada").
    const names = formatList(codes.map(partyName), 'unit');
    return (
      <span className="agreement-all" title={names}>
        {t('table.allParties')}
      </span>
    );
  }
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
  const { t } = useTranslation('agreement');
  const inPartyOrder = (codes: readonly string[]) => parties.filter((code) => codes.includes(code));
  const names = { partyCount: parties.length, partyName };
  return (
    <tr data-testid="agreement-row" data-clause-id={clause.clauseId} data-status={clause.status}>
      <th scope="row">
        <ArticleLink number={clause.number} clauseId={clause.clauseId} onGoTo={onGoToClause} />
        <span className="agreement-heading">{clause.heading || t('table.untitled')}</span>
      </th>
      <td>
        <StatusBadge status={clause.status} />
        {clause.awaitingConcordance && (
          <span className="agreement-awaiting" data-testid="awaiting-concordance">
            {t('table.awaiting')}
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
  const { t } = useTranslation('agreement');
  const parties = overview.delegations.map((delegation) => delegation.code);
  return (
    <div className="agreement-table-scroll">
      <table className="agreement-table">
        <thead>
          <tr>
            <th scope="col">{t('table.article')}</th>
            <th scope="col">{t('table.status')}</th>
            {multilingual && (
              <th scope="col" title={t('table.textsTitle')}>
                {t('table.texts')}
              </th>
            )}
            <th scope="col">{t('table.signedOffBy')}</th>
            <th scope="col" title={t('table.staleTitle')}>
              {t('table.stale')}
            </th>
            <th scope="col">{t('table.bracketedBy')}</th>
            <th scope="col">{t('table.options')}</th>
            <th scope="col">{t('table.openComments')}</th>
            <th scope="col">{t('table.reservations')}</th>
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
