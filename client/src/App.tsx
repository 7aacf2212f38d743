import { lazy, Suspense } from 'react';
import { InvitePage } from './access/InvitePage.tsx';
import { LandingPage } from './access/LandingPage.tsx';
import { Link } from './router/Link.tsx';
import { useRoute } from './router/route.ts';
import { AppHeader } from './shell/AppHeader.tsx';

// The editor (Tiptap, ProseMirror, Yjs) is most of the bundle; the list page does not need it.
const EditorPage = lazy(() =>
  import('./editor/EditorPage.tsx').then((module) => ({ default: module.EditorPage })),
);

export function App() {
  const route = useRoute();
  switch (route.page) {
    case 'editor':
      return (
        <Suspense fallback={<AppHeader />}>
          <EditorPage key={route.treatyId} treatyId={route.treatyId} view={route.view} />
        </Suspense>
      );
    case 'list':
      return <LandingPage />;
    case 'invite':
      return <InvitePage key={route.token} token={route.token} />;
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
