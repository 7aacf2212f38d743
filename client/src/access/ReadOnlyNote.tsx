import { ROLE_LABEL, type Role } from '@pactum/shared';

/** In place of the editing toolbar, for a role that may only read. */
export function ReadOnlyNote({ role }: { role: Role }) {
  return (
    <p className="read-only-note" data-testid="read-only-note">
      <span className="read-only-label">Read only</span>
      As {ROLE_LABEL[role].toLowerCase()}, you follow the text live but cannot change it.
    </p>
  );
}
