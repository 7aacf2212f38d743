import type { ClauseComparison } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { Redline } from './Redline.tsx';

export type RedlineMode = 'inline' | 'side-by-side';

interface ClauseTextDiffProps {
  clause: ClauseComparison;
  mode: RedlineMode;
  /** Names of the two sides, e.g. "Paris draft 3" and "Live text". */
  sides: { before: string; after: string };
}

/** The body text of a changed clause: one redline, or before | after in two columns. */
export function ClauseTextDiff({ clause, mode, sides }: ClauseTextDiffProps) {
  const { t } = useTranslation('versions');
  const segments = clause.text;
  if (!segments) return <p className="compare-note">{t('clause.unchanged')}</p>;
  const coarse = clause.coarse && <p className="compare-note">{t('clause.coarse')}</p>;
  if (mode === 'inline') {
    return (
      <>
        <Redline segments={segments} />
        {coarse}
      </>
    );
  }
  const column = (side: 'before' | 'after') => {
    const absent = side === 'before' ? clause.from === null : clause.to === null;
    return (
      <div className={`compare-column is-${side}`}>
        <h4>{side === 'before' ? sides.before : sides.after}</h4>
        {absent ? (
          <p className="compare-note">{t('clause.notInText')}</p>
        ) : (
          <Redline segments={segments} side={side} />
        )}
      </div>
    );
  };
  return (
    <>
      <div className="compare-columns">
        {column('before')}
        {column('after')}
      </div>
      {coarse}
    </>
  );
}
