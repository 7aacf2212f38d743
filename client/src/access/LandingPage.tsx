import { useTranslation } from 'react-i18next';
import { useLoaded } from '../lib/useLoaded.ts';
import { TreatyListPage } from '../list/TreatyListPage.tsx';
import { AppHeader } from '../shell/AppHeader.tsx';
import { readSession } from './accessApi.ts';
import { InviteOnlyNotice } from './InviteOnlyNotice.tsx';
import { SessionName } from './SessionName.tsx';

/** `/`: your treaties if this browser has a session, otherwise how to get one. */
export function LandingPage() {
  const [session] = useLoaded('session', readSession);
  const { t } = useTranslation();
  const signedIn = session.status === 'ready' ? session.value : null;
  return (
    <>
      <AppHeader end={signedIn && <SessionName session={signedIn} />} />
      {session.status === 'loading' && (
        <main className="list-page">
          <p className="muted">{t('loading')}</p>
        </main>
      )}
      {session.status === 'error' && (
        <main className="list-page">
          <p className="form-error" role="alert">
            {session.message}
          </p>
        </main>
      )}
      {session.status === 'ready' &&
        (signedIn ? <TreatyListPage memberships={signedIn.memberships} /> : <InviteOnlyNotice />)}
    </>
  );
}
