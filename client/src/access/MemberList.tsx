import type { MemberJSON } from '@pactum/shared';
import { useId } from 'react';
import type { Loaded } from '../lib/useLoaded.ts';
import { MemberRow } from './MemberRow.tsx';

interface MemberListProps {
  treatyId: string;
  members: Loaded<MemberJSON[]>;
  selfId: string | null;
  canRevoke: boolean;
  onChanged: () => void;
}

/** Current members first, in the order they joined; revoked ones after them. */
function ordered(members: readonly MemberJSON[]): MemberJSON[] {
  return [...members].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
}

export function MemberList({ treatyId, members, selfId, canRevoke, onChanged }: MemberListProps) {
  const titleId = useId();
  return (
    <section className="access-section" aria-labelledby={titleId}>
      <h2 id={titleId}>People</h2>
      {members.status === 'loading' && <p className="versions-loading">Loading the members…</p>}
      {members.status === 'error' && (
        <p className="form-error" role="alert">
          {members.message}
        </p>
      )}
      {members.status === 'ready' && (
        <table className="access-table" data-testid="member-list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Delegation</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
              <th scope="col">
                <span className="visually-hidden">Access</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered(members.value).map((member) => (
              <MemberRow
                key={member.id}
                treatyId={treatyId}
                member={member}
                isSelf={member.id === selfId}
                canRevoke={canRevoke && member.id !== selfId}
                onRevoked={onChanged}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
