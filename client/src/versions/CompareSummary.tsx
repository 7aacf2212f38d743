import type { ClauseComparison, TreatyComparison } from '@pactum/shared';
import { clauseTitle } from './comparisonWording.ts';

interface CompareSummaryProps {
  comparison: TreatyComparison;
  onGoTo: (clauseId: string) => void;
}

const MATERIAL_SHOWN = 6;

function Count({ n, label }: { n: number; label: string }) {
  return (
    <span className={n > 0 ? 'summary-count has-some' : 'summary-count'}>
      <b>{n}</b> {label}
    </span>
  );
}

/** Material changes first, then how many articles changed in each way. */
export function CompareSummary({ comparison, onGoTo }: CompareSummaryProps) {
  const { summary } = comparison;
  const material = comparison.clauses.filter((clause) => clause.material.length > 0);
  const describe = (clause: ClauseComparison) => clause.material.map((m) => m.description).join('; ');

  return (
    <div className="compare-summary" data-testid="compare-summary" aria-live="polite">
      {material.length > 0 && (
        <div className="summary-material">
          <p>
            <span aria-hidden="true">⚠ </span>
            {material.length === 1 ? '1 article has' : `${material.length} articles have`} a material change
          </p>
          <ul>
            {material.slice(0, MATERIAL_SHOWN).map((clause) => (
              <li key={clause.clauseId}>
                <button type="button" className="article-link" onClick={() => onGoTo(clause.clauseId)}>
                  {clauseTitle(clause).label}
                </button>{' '}
                {describe(clause)}
              </li>
            ))}
            {material.length > MATERIAL_SHOWN && <li>and {material.length - MATERIAL_SHOWN} more</li>}
          </ul>
        </div>
      )}
      <p className="summary-counts">
        <Count n={summary.changed} label="changed" />
        <Count n={summary.added} label="added" />
        <Count n={summary.removed} label="removed" />
        <Count n={summary.moved} label="moved" />
        <span className="summary-quiet">
          {summary.renumbered} renumbered · {summary.unchanged} unchanged
        </span>
      </p>
    </div>
  );
}
