import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from '../collab/usePresence.ts';

/** The other people in the treaty right now; you are shown at the end of the header. */
export function Presence({ awareness }: { awareness: Awareness }) {
  const others = usePresence(awareness).filter((user) => !user.isSelf);
  return (
    <ul className="presence" data-testid="presence" aria-label="Others in this treaty">
      {others.map((user) => (
        <li key={user.clientId} className="presence-user" data-testid="presence-user">
          <span className="color-dot" style={{ backgroundColor: user.color }} aria-hidden="true" />
          <span className="presence-name">{user.name}</span>
          <span className="presence-delegation">{user.delegation}</span>
        </li>
      ))}
    </ul>
  );
}
