import type { InviteJSON } from '@pactum/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loaded } from '../lib/useLoaded.ts';
import { InviteRow } from './InviteRow.tsx';

interface InviteListProps {
  treatyId: string;
  invites: Loaded<InviteJSON[]>;
  onChanged: () => void;
}

/** Every invite of the treaty, newest first, with what is left of it. */
export function InviteList({ treatyId, invites, onChanged }: InviteListProps) {
  const { t } = useTranslation('access');
  const titleId = useId();
  return (
    <section className="access-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('invites.title')}</h2>
      {invites.status === 'loading' && <p className="versions-loading">{t('invites.loading')}</p>}
      {invites.status === 'error' && (
        <p className="form-error" role="alert">
          {invites.message}
        </p>
      )}
      {invites.status === 'ready' && invites.value.length === 0 && (
        <p className="compare-note">{t('invites.empty')}</p>
      )}
      {invites.status === 'ready' && invites.value.length > 0 && (
        <table className="access-table" data-testid="invite-list">
          <thead>
            <tr>
              <th scope="col">{t('invites.column.delegation')}</th>
              <th scope="col">{t('invites.column.role')}</th>
              <th scope="col">{t('invites.column.uses')}</th>
              <th scope="col">{t('invites.column.expires')}</th>
              <th scope="col">{t('invites.column.createdBy')}</th>
              <th scope="col">{t('invites.column.status')}</th>
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
