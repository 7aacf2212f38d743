import type { InviteJSON } from '@pactum/shared';
import { useId } from 'react';
import type { Loaded } from '../lib/useLoaded.ts';
import { InviteRow } from './InviteRow.tsx';

interface InviteListProps {
  treatyId: string;
  invites: Loaded<InviteJSON[]>;
  onChanged: () => void;
}

/** Every invite of the treaty, newest first, with what is left of it. */
export function InviteList({ treatyId, invites, onChanged }: InviteListProps) {
  const titleId = useId();
  return (
    <section className="access-section" aria-labelledby={titleId}>
      <h2 id={titleId}>Invites</h2>
      {invites.status === 'loading' && <p className="versions-loading">Loading the invites…</p>}
      {invites.status === 'error' && (
        <p className="form-error" role="alert">
          {invites.message}
        </p>
      )}
      {invites.status === 'ready' && invites.value.length === 0 && (
        <p className="compare-note">No invite yet.</p>
      )}
      {invites.status === 'ready' && invites.value.length > 0 && (
        <table className="access-table" data-testid="invite-list">
          <thead>
            <tr>
              <th scope="col">Delegation</th>
              <th scope="col">Role</th>
              <th scope="col">Uses</th>
              <th scope="col">Expires</th>
              <th scope="col">Created by</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {[...invites.value]
              .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
              .map((invite) => (
                <InviteRow key={invite.id} treatyId={treatyId} invite={invite} onRevoked={onChanged} />
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
