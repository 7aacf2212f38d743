import type { Domain } from '@pactum/shared';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useLoaded } from '../lib/useLoaded.ts';
import { domainLabelOf } from '../tags/vocabularyText.ts';
import { ClauseComparisonBlock } from './ClauseComparisonBlock.tsx';
import type { RedlineMode } from './ClauseTextDiff.tsx';
import { CompareControls, type CompareFilter } from './CompareControls.tsx';
import { CompareSummary } from './CompareSummary.tsx';
import { isChange } from './comparisonWording.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { Redline } from './Redline.tsx';
import { sideName } from './sideName.ts';
import { useChangedSince } from './useChangedSince.ts';
import { useChangeNavigation } from './useChangeNavigation.ts';
import { useClauseDomains } from './useClauseDomains.ts';
import { VersionSelect } from './VersionSelect.tsx';
import { compareVersions, LIVE, type VersionLists, type VersionRef } from './versionApi.ts';

interface CompareViewProps {
  treatyId: string;
  doc: Y.Doc;
  domains: readonly Domain[];
  versions: VersionLists;
  from: VersionRef;
  to: VersionRef;
  /** The language both texts are compared in, among the treaty's `languages`. */
  lang: string;
  languages: readonly string[];
  onPick: (from: VersionRef, to: VersionRef) => void;
  onLang: (lang: string) => void;
  onHistory: (clauseId: string) => void;
}

/** Two texts of the treaty, article by article: what changed, moved, came and went. */
export function CompareView({
  treatyId,
  doc,
  domains,
  versions,
  from,
  to,
  lang,
  languages,
  onPick,
  onLang,
  onHistory,
}: CompareViewProps) {
  const { t, i18n } = useTranslation('versions');
  const [mode, setMode] = useState<RedlineMode>('inline');
  const [filter, setFilter] = useState<CompareFilter>({ changedOnly: false, domains: [] });
  const [loaded, reload] = useLoaded(`${from}→${to}:${lang}`, () =>
    compareVersions(treatyId, from, to, lang),
  );
  const clauseDomains = useClauseDomains(treatyId, doc, [from, to], filter.domains.length > 0);
  const list = useRef<HTMLOListElement>(null);

  const comparison = loaded.status === 'ready' ? loaded.value : null;
  const stale = useChangedSince(doc, comparison, from === LIVE || to === LIVE);
  const visible = useMemo(() => {
    const clauses = comparison?.clauses ?? [];
    return clauses.filter((clause) => {
      if (filter.changedOnly && !isChange(clause)) return false;
      if (filter.domains.length === 0 || !clauseDomains) return true;
      const tagged = clauseDomains.get(clause.clauseId);
      return filter.domains.some((domain) => tagged?.has(domain));
    });
  }, [comparison, filter, clauseDomains]);
  const changeIds = useMemo(() => visible.filter(isChange).map((clause) => clause.clauseId), [visible]);
  const navigation = useChangeNavigation(list, changeIds);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new interface language renames the live text.
  const sides = useMemo(
    () => ({ before: sideName(from, versions), after: sideName(to, versions) }),
    [from, to, versions, i18n.language],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new interface language rewords the labels.
  const domainLabel = useCallback((key: string) => domainLabelOf(key, domains), [domains, i18n.language]);

  return (
    <div className="compare" data-testid="compare-view">
      <div className="compare-pickers">
        <VersionSelect
          label={t('compare.from')}
          value={from}
          versions={versions}
          onChange={(v) => onPick(v, to)}
        />
        <button
          type="button"
          className="icon-button compare-swap"
          aria-label={t('compare.swapSides')}
          title={t('compare.swap')}
          onClick={() => onPick(to, from)}
        >
          ⇄
        </button>
        <VersionSelect
          label={t('compare.to')}
          value={to}
          versions={versions}
          onChange={(v) => onPick(from, v)}
        />
        {languages.length > 1 && (
          <LanguageSelect
            label={t('compare.language')}
            value={lang}
            languages={languages}
            onChange={onLang}
          />
        )}
      </div>
      {from === to && <p className="compare-note">{t('compare.sameSides')}</p>}
      {loaded.status === 'loading' && <p className="versions-loading">{t('compare.comparing')}</p>}
      {loaded.status === 'error' && (
        <p className="form-error" role="alert">
          {loaded.message}
        </p>
      )}
      {stale && (
        <p className="compare-stale" role="status">
          {t('compare.stale')}
          <button type="button" className="button-small" onClick={reload}>
            {t('compare.again')}
          </button>
        </p>
      )}
      {comparison && (
        <>
          <CompareSummary comparison={comparison} onGoTo={navigation.goTo} domainLabel={domainLabel} />
          <CompareControls
            mode={mode}
            onModeChange={setMode}
            filter={filter}
            onFilterChange={setFilter}
            domains={domains}
            position={navigation.position}
            changeCount={changeIds.length}
            onPrevious={navigation.previous}
            onNext={navigation.next}
          />
          {comparison.title && (
            <section className="compare-front">
              <h3>{t('compare.title')}</h3>
              <Redline segments={comparison.title} />
            </section>
          )}
          {comparison.preamble && (
            <section className="compare-front">
              <h3>{t('compare.preamble')}</h3>
              <Redline segments={comparison.preamble} />
            </section>
          )}
          {filter.domains.length > 0 && !clauseDomains && (
            <p className="versions-loading">{t('compare.readingDomains')}</p>
          )}
          <ol ref={list} className={`compare-list is-${mode}`} aria-label={t('compare.articles')} lang={lang}>
            {visible.map((clause) => (
              <ClauseComparisonBlock
                key={clause.clauseId}
                clause={clause}
                mode={mode}
                sides={sides}
                domainLabel={domainLabel}
                onHistory={onHistory}
              />
            ))}
          </ol>
          {visible.length === 0 && <p className="compare-note">{t('compare.noMatch')}</p>}
        </>
      )}
    </div>
  );
}
