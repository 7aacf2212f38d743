import type { AgreementOverview } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { ArticleLink } from '../views/ArticleLink.tsx';

interface DelegationTodosProps {
  overview: AgreementOverview;
  onGoToClause: (clauseId: string) => void;
}

/** For each party: the articles it has still to sign, those whose text changed since it signed marked. */
export function DelegationTodos({ overview, onGoToClause }: DelegationTodosProps) {
  const { t } = useTranslation('agreement');
  const numberOf = new Map(overview.clauses.map((clause) => [clause.clauseId, clause.number]));
  return (
    <ul className="delegation-todos">
      {overview.delegations.map((delegation) => (
        <li key={delegation.code} data-testid="delegation-todo" data-delegation={delegation.code}>
          <p className="delegation-todo-head">
            <span className="party-code">{delegation.code}</span> {delegation.name}
            <span className="delegation-todo-count">
              {delegation.toSign.length === 0
                ? t('todos.nothing')
                : t('todos.toSign', { count: delegation.toSign.length })}
            </span>
          </p>
          {delegation.toSign.length > 0 && (
            <p className="delegation-todo-links">
              {delegation.toSign.map((clauseId) => (
                <span
                  key={clauseId}
                  className={delegation.stale.includes(clauseId) ? 'todo-link is-stale' : 'todo-link'}
                  title={delegation.stale.includes(clauseId) ? t('todos.stale') : undefined}
                >
                  <ArticleLink
                    short
                    number={numberOf.get(clauseId) ?? 0}
                    clauseId={clauseId}
                    onGoTo={onGoToClause}
                  />
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
