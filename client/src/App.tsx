import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from './router/Link.tsx';
import { useRoute } from './router/route.ts';
import { AppHeader } from './shell/AppHeader.tsx';

// Each page loads its own code: the list page needs no editor (Tiptap, ProseMirror, Yjs, most of
// the bundle), the editor needs nothing of the list or of an invite.
const EditorPage = lazy(() =>
  import('./editor/EditorPage.tsx').then((module) => ({ default: module.EditorPage })),
);
const LandingPage = lazy(() =>
  import('./access/LandingPage.tsx').then((module) => ({ default: module.LandingPage })),
);
const InvitePage = lazy(() =>
  import('./access/InvitePage.tsx').then((module) => ({ default: module.InvitePage })),
);

export function App() {
  const route = useRoute();
  const { t } = useTranslation();
  switch (route.page) {
    case 'editor':
      return (
        <Suspense fallback={<AppHeader />}>
          <EditorPage key={route.treatyId} treatyId={route.treatyId} view={route.view} />
        </Suspense>
      );
    case 'list':
      return (
        <Suspense fallback={<AppHeader />}>
          <LandingPage />
        </Suspense>
      );
    case 'invite':
      return (
        <Suspense fallback={<AppHeader />}>
          <InvitePage key={route.token} token={route.token} />
        </Suspense>
      );
    case 'notFound':
      return (
        <>
          <AppHeader />
          <main className="list-page">
            <h1>{t('notFound.title')}</h1>
            <p className="muted">{t('notFound.body')}</p>
            <p>
              <Link to="/">{t('notFound.back')}</Link>
            </p>
          </main>
        </>
      );
  }
}
