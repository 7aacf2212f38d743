import type { MemberJSON } from '@pactum/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('access');
  const titleId = useId();
  return (
    <section className="access-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('members.people')}</h2>
      {members.status === 'loading' && <p className="versions-loading">{t('members.loading')}</p>}
      {members.status === 'error' && (
        <p className="form-error" role="alert">
          {members.message}
        </p>
      )}
      {members.status === 'ready' && (
        <table className="access-table" data-testid="member-list">
          <thead>
            <tr>
              <th scope="col">{t('members.column.name')}</th>
              <th scope="col">{t('members.column.delegation')}</th>
              <th scope="col">{t('members.column.role')}</th>
              <th scope="col">{t('members.column.joined')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('members.column.access')}</span>
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
