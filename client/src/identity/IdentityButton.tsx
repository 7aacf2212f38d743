import { useState } from 'react';
import { IdentityDialog } from './IdentityDialog.tsx';
import { asParticipant, useIdentity } from './identityStore.ts';

/** The header control showing who you are, and letting you change it. */
export function IdentityButton() {
  const identity = useIdentity();
  const [editing, setEditing] = useState(false);
  if (!identity) return null;
  const { name, delegation, color } = asParticipant(identity);
  return (
    <>
      <button
        type="button"
        className="identity-button"
        title="Change your name or delegation"
        onClick={() => setEditing(true)}
      >
        <span className="color-dot" style={{ backgroundColor: color }} aria-hidden="true" />
        <span className="identity-name">{name}</span>
        <span className="identity-delegation">{delegation}</span>
      </button>
      {editing && <IdentityDialog initial={identity} onCancel={() => setEditing(false)} />}
    </>
  );
}
