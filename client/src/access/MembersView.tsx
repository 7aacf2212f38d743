import { Action, roleAllows } from '@pactum/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaded } from '../lib/useLoaded.ts';
import { usePolling } from '../lib/usePolling.ts';
import { AuditLog } from './AuditLog.tsx';
import { listInvites, listMembers, readAuditLog } from './accessApi.ts';
import { InviteForm } from './InviteForm.tsx';
import { InviteList } from './InviteList.tsx';
import { useMe } from './MeContext.tsx';
import { MemberList } from './MemberList.tsx';

const REFRESH_MS = 4000;

/** Members of the treaty; for the chair also its invites; for everyone its audit log. */
export function MembersView({ treatyId }: { treatyId: string }) {
  const me = useMe();
  const isChair = roleAllows(me.role, Action.manage);
  const [members, reloadMembers] = useLoaded(treatyId, () => listMembers(treatyId));
  const [invites, reloadInvites] = useLoaded(`${treatyId}:${isChair}`, () =>
    isChair ? listInvites(treatyId) : Promise.resolve([]),
  );
  const [audit, reloadAudit] = useLoaded(treatyId, () => readAuditLog(treatyId));
  const titleId = useId();
  const { t } = useTranslation('access');

  const reloadAll = () => {
    reloadMembers();
    reloadInvites();
    reloadAudit();
  };
  usePolling(reloadAll, REFRESH_MS);

  return (
    <section className="view-sheet members-sheet" aria-labelledby={titleId} data-testid="members-view">
      <h1 id={titleId}>{t('members.title')}</h1>
      <p className="view-intro">
        {t('members.intro')} {isChair ? t('members.introChair') : t('members.introOthers')}
      </p>
      <MemberList
        treatyId={treatyId}
        members={members}
        selfId={me.member?.id ?? null}
        canRevoke={isChair}
        onChanged={reloadAll}
      />
      {isChair && (
        <>
          <InviteForm treatyId={treatyId} onCreated={reloadAll} />
          <InviteList treatyId={treatyId} invites={invites} onChanged={reloadAll} />
        </>
      )}
      <AuditLog treatyId={treatyId} entries={audit} />
    </section>
  );
}
