import { evaluateScenario, type ScenarioEvent } from '@pactum/shared';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useTreatySnapshot } from '../tags/useTreatySnapshot.ts';
import { domainLabelOf } from '../tags/vocabularyText.ts';
import { ActivatedClauseItem } from './ActivatedClauseItem.tsx';
import { ArticleLink } from './ArticleLink.tsx';
import { ScenarioForm } from './ScenarioForm.tsx';

export { DEFAULT_SCENARIO } from './defaultScenario.ts';

interface ScenarioViewProps {
  doc: Y.Doc;
  event: ScenarioEvent;
  onEventChange: (event: ScenarioEvent) => void;
  onGoToClause: (clauseId: string) => void;
}

/** "If this event is verified, which guarantees activate, who owes what, by when — and what is left to discretion." */
export function ScenarioView({ doc, event, onEventChange, onGoToClause }: ScenarioViewProps) {
  const { t } = useTranslation('views');
  const treaty = useTreatySnapshot(doc);
  const result = useMemo(() => evaluateScenario(treaty, event), [treaty, event]);
  const domainLabel = (key: string) => domainLabelOf(key, treaty.domains);
  const titleId = useId();
  const count = result.activated.length;

  return (
    <section className="view-sheet" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('scenario.title')}</h1>
      <p className="view-intro">{t('scenario.intro')}</p>
      <ScenarioForm event={event} onChange={onEventChange} />
      <div className="scenario-results" data-testid="scenario-results">
        <h2 aria-live="polite">
          {count === 0 ? t('scenario.noneActivates') : t('scenario.activate', { count })}
        </h2>
        {count > 0 && (
          <ol className="scenario-list">
            {result.activated.map((clause) => (
              <ActivatedClauseItem
                key={clause.clauseId}
                clause={clause}
                domainLabel={domainLabel}
                onGoTo={onGoToClause}
              />
            ))}
          </ol>
        )}
        {result.weak.length > 0 && (
          <>
            <h2 className="scenario-weak-title">{t('scenario.weakTitle')}</h2>
            <ul className="scenario-weak-list">
              {result.weak.map((clause) => (
                <li key={clause.clauseId} data-testid="scenario-weak">
                  <ArticleLink number={clause.number} clauseId={clause.clauseId} onGoTo={onGoToClause} />
                  <span className="scenario-heading">{clause.heading}</span>
                  <span className="scenario-reason">
                    {clause.reasons
                      .map((reason) => t(`scenario.weak.${reason}`))
                      .join(t('scenario.separator'))}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
