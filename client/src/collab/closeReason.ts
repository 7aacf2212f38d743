import { CloseCode } from '@pactum/shared';
import { AccessMessage } from '../access/accessMessages.ts';

/** The server let this browser in no longer: the page shows why instead of the text. */
export function isAccessRefusal(code: number): boolean {
  return code === CloseCode.Unauthorized || code === CloseCode.Forbidden;
}

/** What to tell the user when the server refuses the treaty for good. */
export function closeReasonText(code: number): string {
  switch (code) {
    case CloseCode.NotFound:
      return AccessMessage.notFound;
    case CloseCode.BadRequest:
      return 'This is not a valid treaty address.';
    case CloseCode.Unauthorized:
      return AccessMessage.sessionEnded;
    case CloseCode.Forbidden:
      return AccessMessage.forbidden;
    case CloseCode.Replaced:
      return 'This treaty was replaced on the server (restored from a backup) since this page opened it. Reload to open it as it is now: changes kept on this device that it does not have will be offered as a download.';
    case CloseCode.MalformedMessage:
      return 'The server rejected a message from this page. Reload to continue editing.';
    default:
      return `The server closed the connection (code ${code}). Reload to try again.`;
  }
}
