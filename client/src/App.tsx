import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
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
