import { CONCORDANCE_STATUSES } from '@pactum/shared';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/formatList.ts';
import { useLoaded } from '../lib/useLoaded.ts';
import { LanguagePairClauseBlock } from './LanguagePairClauseBlock.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { useChangeNavigation } from './useChangeNavigation.ts';
import { VersionSelect } from './VersionSelect.tsx';
import { compareLanguagesAt, type VersionLists, type VersionRef } from './versionApi.ts';

interface LanguageComparisonViewProps {
  treatyId: string;
  versions: VersionLists;
  languages: readonly string[];
  at: VersionRef;
  left: string;
  right: string;
  onPick: (at: VersionRef, left: string, right: string) => void;
  onHistory: (clauseId: string) => void;
}

/**
 * One text of the treaty (a version or the live text) in two of its
 * languages, article by article: which articles are concordant, outdated
 * (and what changed since confirmation) or incomplete.
 */
export function LanguageComparisonView(props: LanguageComparisonViewProps) {
  const { t, i18n } = useTranslation('versions');
  const { treatyId, versions, languages, at, left, right, onPick } = props;
  const [loaded] = useLoaded(`${at}:${left}:${right}`, () => compareLanguagesAt(treatyId, at, left, right));
  const [attentionOnly, setAttentionOnly] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const comparison = loaded.status === 'ready' ? loaded.value : null;
  const visible = useMemo(
    () => (comparison?.clauses ?? []).filter((clause) => !attentionOnly || clause.status !== 'concordant'),
    [comparison, attentionOnly],
  );
  const attentionIds = useMemo(
    () => visible.filter((clause) => clause.status !== 'concordant').map((clause) => clause.clauseId),
    [visible],
  );
  const navigation = useChangeNavigation(list, attentionIds);

  return (
    <div className="compare language-comparison" data-testid="language-comparison">
      <div className="compare-pickers">
        <VersionSelect
          label={t('languages.text')}
          value={at}
          versions={versions}
          onChange={(v) => onPick(v, left, right)}
        />
        <LanguageSelect
          label={t('languages.left')}
          value={left}
          languages={languages}
          onChange={(l) => onPick(at, l, right)}
        />
        <button
          type="button"
          className="icon-button compare-swap"
          aria-label={t('languages.swapSides')}
          title={t('compare.swap')}
          onClick={() => onPick(at, right, left)}
        >
          ⇄
        </button>
        <LanguageSelect
          label={t('languages.right')}
          value={right}
          languages={languages}
          onChange={(r) => onPick(at, left, r)}
        />
      </div>
      {left === right && <p className="compare-note">{t('languages.sameSides')}</p>}
      {loaded.status === 'loading' && <p className="versions-loading">{t('languages.comparing')}</p>}
      {loaded.status === 'error' && (
        <p className="form-error" role="alert">
          {loaded.message}
        </p>
      )}
      {comparison && (
        <>
          <div className="compare-summary" data-testid="language-summary" aria-live="polite">
            <p className="summary-counts">
              {CONCORDANCE_STATUSES.map((status) => (
                <span
                  key={status}
                  className={comparison.counts[status] > 0 ? 'summary-count has-some' : 'summary-count'}
                >
                  <b>{formatNumber(comparison.counts[status])}</b>{' '}
                  {t(`languages.count.${status}`, { count: comparison.counts[status] })}
                </span>
              ))}
            </p>
          </div>
          <div className="compare-controls" role="toolbar" aria-label={t('languages.display')}>
            <label className="checkbox-field compare-changed-only">
              <input
                type="checkbox"
                checked={attentionOnly}
                onChange={(event) => setAttentionOnly(event.target.checked)}
              />
              {t('languages.attentionOnly')}
            </label>
            <div className="compare-stepper">
              <span className="compare-position" aria-live="polite">
                {attentionIds.length === 0
                  ? t('languages.allConcordant')
                  : navigation.position === -1
                    ? t('languages.attention', { count: attentionIds.length })
                    : t('languages.position', {
                        position: navigation.position + 1,
                        count: attentionIds.length,
                      })}
              </span>
              <button
                type="button"
                className="button-small"
                disabled={attentionIds.length === 0}
                onClick={navigation.previous}
              >
                {t('compare.previous')}
              </button>
              <button
                type="button"
                className="button-small"
                disabled={attentionIds.length === 0}
                onClick={navigation.next}
              >
                {t('compare.next')}
              </button>
            </div>
          </div>
          <section className="compare-front">
            <h3>{t('compare.title')}</h3>
            <div className="compare-columns">
              <div className="compare-column is-before" lang={left}>
                {comparison.title.left || (
                  <span className="compare-note" lang={i18n.language}>
                    {t('languages.noTitle')}
                  </span>
                )}
              </div>
              <div className="compare-column is-after" lang={right}>
                {comparison.title.right || (
                  <span className="compare-note" lang={i18n.language}>
                    {t('languages.noTitle')}
                  </span>
                )}
              </div>
            </div>
          </section>
          <ol ref={list} className="compare-list is-side-by-side" aria-label={t('languages.articles')}>
            {visible.map((clause) => (
              <LanguagePairClauseBlock
                key={clause.clauseId}
                clause={clause}
                left={left}
                right={right}
                onHistory={props.onHistory}
              />
            ))}
          </ol>
          {visible.length === 0 && <p className="compare-note">{t('languages.noneToShow')}</p>}
        </>
      )}
    </div>
  );
}
