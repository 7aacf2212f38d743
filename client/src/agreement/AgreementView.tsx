import { readLanguages } from '@pactum/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../collab/CollabSession.ts';
import { AgreementTable } from './AgreementTable.tsx';
import { DelegationTodos } from './DelegationTodos.tsx';
import { partyNames } from './partyNames.ts';
import { StatusCounts } from './StatusCounts.tsx';
import { scrollToClause } from './scrollToClause.ts';
import { useAgreement } from './useAgreement.ts';

interface AgreementViewProps {
  session: CollabSession;
  /** Takes the reader to an article in the text; without it, the text view scrolls to it. */
  onGoToClause?: (clauseId: string) => void;
}

/** Where the negotiation stands: every article's status, and what each delegation has still to sign. */
export function AgreementView({ session, onGoToClause }: AgreementViewProps) {
  const { t } = useTranslation('agreement');
  const titleId = useId();
  const overview = useAgreement(session);
  const goTo = onGoToClause ?? ((clauseId: string) => scrollToClause(session.treatyId, clauseId));
  const partyName = partyNames(overview);
  // Read on every render: a language added or removed changes the texts, so the overview re-renders.
  const multilingual = readLanguages(session.doc).length > 1;

  return (
    <section className="view-sheet agreement-view" aria-labelledby={titleId} data-testid="agreement-overview">
      <h1 id={titleId}>{t('view.title')}</h1>
      <p className="view-intro">
        {t('view.intro')} {multilingual && `${t('view.introLanguages')} `}
        {t('view.introEverything')}
      </p>
      <StatusCounts overview={overview} multilingual={multilingual} />
      <AgreementTable
        overview={overview}
        multilingual={multilingual}
        partyName={partyName}
        onGoToClause={goTo}
      />
      <h2 className="agreement-view-subtitle">{t('view.byDelegation')}</h2>
      {overview.delegations.length === 0 ? (
        <p className="muted">{t('view.noParties')}</p>
      ) : (
        <DelegationTodos overview={overview} onGoToClause={goTo} />
      )}
    </section>
  );
}
