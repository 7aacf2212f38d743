import { CloseCode } from '@pactum/shared';

/** What to tell the user when the server refuses the treaty for good. */
export function closeReasonText(code: number): string {
  switch (code) {
    case CloseCode.NotFound:
      return 'Treaty not found. It may have been removed, or the address is wrong.';
    case CloseCode.BadRequest:
      return 'This is not a valid treaty address.';
    case CloseCode.Unauthorized:
    case CloseCode.Forbidden:
      return 'You do not have access to this treaty.';
    case CloseCode.MalformedMessage:
      return 'The server rejected a message from this page. Reload to continue editing.';
    default:
      return `The server closed the connection (code ${code}). Reload to try again.`;
  }
}
