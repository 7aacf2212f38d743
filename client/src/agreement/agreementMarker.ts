import { type ClauseAgreement, ClauseStatus } from '@pactum/shared';

const SHORT: Record<ClauseStatus, string> = {
  [ClauseStatus.draft]: 'draft',
  [ClauseStatus.bracketed]: 'bracketed',
  [ClauseStatus.agreedAdReferendum]: 'ad ref.',
  [ClauseStatus.agreed]: 'agreed',
};

/** What the marker beside an article's heading shows; `key` changes exactly when the drawing would. */
export interface AgreementMarkerView {
  key: string;
  status: ClauseStatus;
  text: string;
  stale: boolean;
  title: string;
}

const list = (codes: readonly string[]) => codes.join(', ');

export function agreementMarkerView(agreement: ClauseAgreement): AgreementMarkerView {
  const { status, signedBy, staleBy, missing, brackets } = agreement;
  const parts = [SHORT[status]];
  const parties = signedBy.length + missing.length;
  if (status === ClauseStatus.draft && signedBy.length > 0)
    parts.push(`${signedBy.length}/${parties} signed`);
  if (staleBy.length > 0) parts.push(`${staleBy.length} stale`);
  const title = [
    `Status: ${status}`,
    brackets.length > 0 && `Bracketed by ${list(brackets.map((b) => b.delegation))}`,
    signedBy.length > 0 && `Signed off: ${list(signedBy)}`,
    staleBy.length > 0 && `Signed before the text changed: ${list(staleBy)}`,
    missing.length > 0 && parties > 0 && `Not signed: ${list(missing)}`,
    'Open the agreement of this article',
  ]
    .filter(Boolean)
    .join('\n');
  const text = parts.join(' · ');
  return { key: `${status}|${text}|${title}`, status, text, stale: staleBy.length > 0, title };
}

/** The marker's DOM: a button that opens the article's panel. */
export function renderAgreementMarker(view: AgreementMarkerView, open: () => void): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = view.stale ? 'agreement-marker has-stale' : 'agreement-marker';
  button.dataset.status = view.status;
  button.dataset.testid = 'agreement-marker';
  button.textContent = view.text;
  button.title = view.title;
  button.setAttribute('aria-label', `Agreement of this article: ${view.text}`);
  button.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  return button;
}
