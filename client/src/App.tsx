import { lazy, Suspense } from 'react';
import { IdentityDialog } from './identity/IdentityDialog.tsx';
import { asParticipant, useIdentity } from './identity/identityStore.ts';
import { TreatyListPage } from './list/TreatyListPage.tsx';
import { Link } from './router/Link.tsx';
import { useRoute } from './router/route.ts';
import { AppHeader } from './shell/AppHeader.tsx';

// The editor (Tiptap, ProseMirror, Yjs) is most of the bundle; the list page does not need it.
const EditorPage = lazy(() =>
  import('./editor/EditorPage.tsx').then((module) => ({ default: module.EditorPage })),
);

export function App() {
  const route = useRoute();
  const identity = useIdentity();

  if (!identity) {
    return (
      <>
        <AppHeader />
        <IdentityDialog initial={null} />
      </>
    );
  }
  switch (route.page) {
    case 'editor':
      return (
        <Suspense fallback={<AppHeader />}>
          <EditorPage
            key={route.treatyId}
            treatyId={route.treatyId}
            view={route.view}
            user={asParticipant(identity)}
          />
        </Suspense>
      );
    case 'list':
      return (
        <>
          <AppHeader />
          <TreatyListPage />
        </>
      );
    case 'notFound':
      return (
        <>
          <AppHeader />
          <main className="list-page">
            <h1>Page not found</h1>
            <p className="muted">There is no treaty or page at this address.</p>
            <p>
              <Link to="/">Go to the list of treaties</Link>
            </p>
          </main>
        </>
      );
  }
}
