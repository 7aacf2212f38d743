import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The landing page for a browser without a session: there is nothing to see without an invite. */
export function InviteOnlyNotice() {
  const { t } = useTranslation(['access', 'common']);
  useEffect(() => {
    document.title = t('common:brand');
  }, [t]);
  return (
    <main className="list-page">
      <section className="access-card" data-testid="invite-only">
        <p className="access-kicker">{t('landing.kicker')}</p>
        <h1>{t('landing.title')}</h1>
        <p className="access-lead">{t('landing.lead')}</p>
        <p className="muted">{t('landing.body')}</p>
      </section>
    </main>
  );
}
