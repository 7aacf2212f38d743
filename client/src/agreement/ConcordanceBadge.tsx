import type { ClauseConcordance } from '@pactum/shared';
import { concordanceView } from '../editor/concordance/concordanceView.ts';

interface ConcordanceBadgeProps {
  concordance: ClauseConcordance;
  /** Say under the badge which languages changed, and since whose confirmation. */
  detailed?: boolean;
}

/** Whether an article's language texts say the same, worded as beside the article in the text. */
export function ConcordanceBadge({ concordance, detailed = false }: ConcordanceBadgeProps) {
  const view = concordanceView(concordance, false);
  return (
    <>
      <span
        className="concordance-badge"
        data-status={view.status}
        data-testid="concordance-status"
        title={view.detail}
      >
        {view.short}
      </span>
      {detailed && view.changed.length > 0 && <span className="concordance-badge-detail">{view.detail}</span>}
    </>
  );
}
