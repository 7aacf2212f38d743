import type { Domain, Party } from '@pactum/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { domainLabelOf } from '../tags/vocabularyText.ts';
import { ClauseComparisonBlock } from './ClauseComparisonBlock.tsx';
import { compareClauseStates } from './compareClauseStates.ts';
import type { TimelineEntry } from './historyTimeline.ts';

interface HistoryComparisonProps {
  clauseId: string;
  before: TimelineEntry;
  after: TimelineEntry;
  parties: Party[];
  domains: readonly Domain[];
  /** The language both states are read in. */
  lang: string;
}

const stateOf = (entry: TimelineEntry) => (entry.removed ? null : entry.state);

/** The redline between two states of one clause, as in the compare view. */
export function HistoryComparison({
  clauseId,
  before,
  after,
  parties,
  domains,
  lang,
}: HistoryComparisonProps) {
  const { t } = useTranslation('versions');
  const comparison = useMemo(
    () => compareClauseStates(clauseId, stateOf(before), stateOf(after), parties, lang),
    [clauseId, before, after, parties, lang],
  );
  const domainLabel = (key: string) => domainLabelOf(key, domains);
  return (
    <section
      className="history-comparison"
      aria-label={t('history.changesLabel', { from: before.title, to: after.title })}
    >
      <h3>
        {before.title} <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('history.to')}</span> {after.title}
      </h3>
      {!comparison ? (
        <p className="compare-note">{t('history.inNeither')}</p>
      ) : (
        <ol className="compare-list is-inline" lang={lang}>
          <ClauseComparisonBlock
            clause={comparison}
            mode="inline"
            sides={{ before: before.title, after: after.title }}
            domainLabel={domainLabel}
          />
        </ol>
      )}
    </section>
  );
}
