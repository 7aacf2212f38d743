import { AccessRefused } from '../access/AccessRefused.tsx';
import { MeContext } from '../access/MeContext.tsx';
import { useTreatyAccess } from '../access/useTreatyAccess.ts';
import { Link } from '../router/Link.tsx';
import type { TreatyView } from '../router/route.ts';
import { AppHeader } from '../shell/AppHeader.tsx';
import { OpenTreaty } from './OpenTreaty.tsx';

interface EditorPageProps {
  treatyId: string;
  view: TreatyView;
}

/** Asks who you are in the treaty first: without a membership nothing of it is opened. */
export function EditorPage({ treatyId, view }: EditorPageProps) {
  const access = useTreatyAccess(treatyId);
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
          ← Treaties
        </Link>
      </AppHeader>
      <main className="editor-page">
        {access.status === 'loading' ? (
          <p className="loading" aria-live="polite">
            Opening the treaty…
          </p>
        ) : (
          <AccessRefused message={access.message} />
        )}
      </main>
    </>
  );
}
