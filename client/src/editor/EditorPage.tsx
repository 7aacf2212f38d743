import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessRefused } from '../access/AccessRefused.tsx';
import { MeContext } from '../access/MeContext.tsx';
import { useTreatyAccess } from '../access/useTreatyAccess.ts';
import { forgetLocalCopies } from '../collab/forgetLocalCopies.ts';
import { Link } from '../router/Link.tsx';
import type { TreatyView } from '../router/route.ts';
import { AppHeader } from '../shell/AppHeader.tsx';
import { OpenTreaty } from './OpenTreaty.tsx';
import { StaleCopyNotice } from './StaleCopyNotice.tsx';

interface EditorPageProps {
  treatyId: string;
  view: TreatyView;
}

/** Asks who you are in the treaty first: without a membership nothing of it is opened. */
export function EditorPage({ treatyId, view }: EditorPageProps) {
  const { t } = useTranslation('editor');
  const access = useTreatyAccess(treatyId);
  const refusedWith = access.status === 'refused' ? access.httpStatus : null;
  // A 403: this membership was revoked, so the browser keeps no copy of the treaty either.
  const forbidden = refusedWith === 403;
  useEffect(() => {
    if (forbidden) forgetLocalCopies(treatyId).catch((error: unknown) => console.warn(error));
  }, [forbidden, treatyId]);
  if (access.status === 'ready') {
    return (
      <MeContext.Provider value={access.me}>
        <OpenTreaty treatyId={treatyId} view={view} me={access.me} />
      </MeContext.Provider>
    );
  }
  return (
    <>
      <AppHeader>
        <Link to="/" className="back-link">
          {t('backToTreaties')}
        </Link>
      </AppHeader>
      <main className="editor-page">
        {access.status === 'loading' ? (
          <p className="loading" aria-live="polite">
            {t('opening')}
          </p>
        ) : (
          <>
            <AccessRefused message={access.message} />
            {/* A 401: the session ended (idle, signed out elsewhere): held changes are offered before they go. */}
            {refusedWith === 401 && <StaleCopyNotice treatyId={treatyId} current={null} />}
          </>
        )}
      </main>
    </>
  );
}
