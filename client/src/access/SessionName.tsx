import type { SessionJSON } from '@pactum/shared';

/** The signed-in person on pages outside a treaty. */
export function SessionName({ session }: { session: SessionJSON }) {
  return (
    <p className="me-badge" title="Signed in on this browser">
      <span className="me-name">{session.displayName}</span>
    </p>
  );
}
