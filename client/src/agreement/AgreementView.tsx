import { readLanguages } from '@pactum/shared';
import { useId } from 'react';
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
  const titleId = useId();
  const overview = useAgreement(session);
  const goTo = onGoToClause ?? ((clauseId: string) => scrollToClause(session.treatyId, clauseId));
  const partyName = partyNames(overview);
  // Read on every render: a language added or removed changes the texts, so the overview re-renders.
  const multilingual = readLanguages(session.doc).length > 1;

  return (
    <section className="view-sheet agreement-view" aria-labelledby={titleId} data-testid="agreement-overview">
      <h1 id={titleId}>Agreement</h1>
      <p className="view-intro">
        A clause is agreed once every party has signed off its current text; changing the text voids the
        sign-offs given before.{' '}
        {multilingual &&
          'Every language text counts, and an article is agreed only once its texts are confirmed concordant. '}
        Nothing is agreed until everything is agreed.
      </p>
      <StatusCounts overview={overview} multilingual={multilingual} />
      <AgreementTable
        overview={overview}
        multilingual={multilingual}
        partyName={partyName}
        onGoToClause={goTo}
      />
      <h2 className="agreement-view-subtitle">Still to sign, by delegation</h2>
      {overview.delegations.length === 0 ? (
        <p className="muted">The treaty has no parties yet.</p>
      ) : (
        <DelegationTodos overview={overview} onGoToClause={goTo} />
      )}
    </section>
  );
}
