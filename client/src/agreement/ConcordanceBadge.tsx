import { type ClauseConcordance, ConcordanceStatus, languageName } from '@pactum/shared';

const names = (codes: readonly string[]) => codes.map((code) => languageName(code)).join(', ');

/** Whether an article's language texts say the same: the status, and which languages are behind. */
export function ConcordanceBadge({ concordance }: { concordance: ClauseConcordance }) {
  const { status, changed, empty } = concordance;
  const detail =
    status === ConcordanceStatus.outdated
      ? `${names(changed)} changed since confirmed`
      : status === ConcordanceStatus.incomplete
        ? `no ${names(empty)} text yet`
        : undefined;
  return (
    <span className="concordance-badge" data-status={status} data-testid="concordance-status" title={detail}>
      {status}
      {detail && <span className="concordance-badge-detail">: {detail}</span>}
    </span>
  );
}
