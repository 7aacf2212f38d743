import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errorMessage.ts';
import { AppHeader } from '../shell/AppHeader.tsx';
import { JoinForm } from './JoinForm.tsx';
import { useInvitePreview } from './useInvitePreview.ts';

/** `/invite/<token>`: what the link offers, and joining under a display name. */
export function InvitePage({ token }: { token: string }) {
  const preview = useInvitePreview(token);
  const { t } = useTranslation(['access', 'common']);

  useEffect(() => {
    document.title = t('common:pageTitle', { page: t('invitePage.pageTitle') });
  }, [t]);

  return (
    <>
      <AppHeader />
      <main className="list-page">
        {preview.status === 'loading' && <p className="muted">{t('invitePage.opening')}</p>}
        {preview.status === 'unusable' && (
          <section className="access-card is-problem" role="alert" data-testid="invite-problem">
            <h1>{t(`invitePage.${preview.problem}`)}</h1>
            <p className="access-lead">
              {preview.problem === 'invalid' ? t('invitePage.invalidHelp') : errorMessage(preview.error)}
            </p>
            <p className="muted">{t('invitePage.note')}</p>
          </section>
        )}
        {preview.status === 'ready' && <JoinForm token={token} invite={preview.invite} />}
      </main>
    </>
  );
}
