import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from '../collab/usePresence.ts';
import { IdentityButton } from '../identity/IdentityButton.tsx';

/** Everyone in the treaty; your own entry is the control to change your name. */
export function Presence({ awareness }: { awareness: Awareness }) {
  const users = usePresence(awareness);
  return (
    <ul className="presence" data-testid="presence" aria-label="People in this treaty">
      {users.map((user) =>
        user.isSelf ? (
          <li key={user.clientId} className="presence-self" data-testid="presence-user">
            <IdentityButton />
          </li>
        ) : (
          <li key={user.clientId} className="presence-user" data-testid="presence-user">
            <span className="color-dot" style={{ backgroundColor: user.color }} aria-hidden="true" />
            <span className="presence-name">{user.name}</span>
            <span className="presence-delegation">{user.delegation}</span>
          </li>
        ),
      )}
    </ul>
  );
}
