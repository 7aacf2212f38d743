import { type ClauseAgreement, ClauseStatus } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';
import { formatList } from '../lib/formatList.ts';
import { statusLabel, statusShortLabel } from './statusText.ts';

/** What the marker beside an article's heading shows; `key` changes exactly when the drawing would. */
export interface AgreementMarkerView {
  key: string;
  status: ClauseStatus;
  text: string;
  stale: boolean;
  title: string;
}

// 'unit': a plain enumeration ("UA, FR, DE"), as the marker always listed them.
const list = (codes: readonly string[]) => formatList(codes, 'unit');

export function agreementMarkerView(agreement: ClauseAgreement): AgreementMarkerView {
  const { status, signedBy, staleBy, missing, brackets } = agreement;
  const t = i18next.t;
  const parts = [statusShortLabel(status)];
  const parties = signedBy.length + missing.length;
  if (status === ClauseStatus.draft && signedBy.length > 0)
    parts.push(t('agreement:marker.signedCount', { signed: signedBy.length, parties }));
  if (staleBy.length > 0) parts.push(t('agreement:marker.staleCount', { count: staleBy.length }));
  const title = [
    t('agreement:marker.status', { status: statusLabel(status) }),
    brackets.length > 0 && t('agreement:bracketedBy', { codes: list(brackets.map((b) => b.delegation)) }),
    signedBy.length > 0 && t('agreement:marker.signedOff', { codes: list(signedBy) }),
    staleBy.length > 0 && t('agreement:marker.stale', { codes: list(staleBy) }),
    missing.length > 0 && parties > 0 && t('agreement:marker.notSigned', { codes: list(missing) }),
    t('agreement:marker.open'),
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
  button.setAttribute('aria-label', i18next.t('agreement:marker.label', { text: view.text }));
  button.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  return button;
}
