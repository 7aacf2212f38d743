import { i18next } from '../i18n/i18n.ts';

export type AccessRefusal = 'sessionEnded' | 'notSignedIn' | 'forbidden' | 'notFound';

/** What to tell someone the server does not let in: the same words for a refused page and a closed socket. */
export function accessMessage(refusal: AccessRefusal): string {
  return i18next.t(`access:refused.${refusal}`);
}
