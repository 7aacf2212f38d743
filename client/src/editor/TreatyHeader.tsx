import type { MeJSON } from '@pactum/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MeBadge } from '../access/MeBadge.tsx';
import type { CollabSession } from '../collab/CollabSession.ts';
import { isAccessRefusal } from '../collab/closeReason.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import { Link } from '../router/Link.tsx';
import { AppHeader } from '../shell/AppHeader.tsx';
import { LiveTitle } from './LiveTitle.tsx';
import { Presence } from './Presence.tsx';

/** Title, who else is here and who you are; once the server has shut you out, only the way back. */
export function TreatyHeader({ session, me }: { session: CollabSession | null; me: MeJSON }) {
  const { t } = useTranslation('editor');
  const back = (
    <Link to="/" className="back-link">
      {t('backToTreaties')}
    </Link>
  );
  if (!session) return <AppHeader end={<MeBadge me={me} />}>{back}</AppHeader>;
  return <SessionHeader session={session} me={me} back={back} />;
}

function SessionHeader({ session, me, back }: { session: CollabSession; me: MeJSON; back: ReactNode }) {
  const closed = useSessionState(session, 'closed');
  if (closed && isAccessRefusal(closed.code)) return <AppHeader>{back}</AppHeader>;
  return (
    <AppHeader end={<MeBadge me={me} />}>
      {back}
      <LiveTitle session={session} />
      <Presence awareness={session.awareness} doc={session.doc} />
    </AppHeader>
  );
}
