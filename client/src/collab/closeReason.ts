import { CloseCode } from '@pactum/shared';
import { accessMessage } from '../access/accessMessages.ts';
import { i18next } from '../i18n/i18n.ts';

/** The server let this browser in no longer: the page shows why instead of the text. */
export function isAccessRefusal(code: number): boolean {
  return code === CloseCode.Unauthorized || code === CloseCode.Forbidden;
}

/** What to tell the user when the server refuses the treaty for good, in the interface language. */
export function closeReasonText(code: number): string {
  switch (code) {
    case CloseCode.NotFound:
      return accessMessage('notFound');
    case CloseCode.BadRequest:
      return i18next.t('access:closed.badRequest');
    case CloseCode.Unauthorized:
      return accessMessage('sessionEnded');
    case CloseCode.Forbidden:
      return accessMessage('forbidden');
    case CloseCode.Replaced:
      return i18next.t('access:closed.replaced');
    case CloseCode.MalformedMessage:
      return i18next.t('access:closed.malformed');
    default:
      return i18next.t('access:closed.other', { code });
  }
}
