import type { SessionJSON } from '@pactum/shared';
import { useTranslation } from 'react-i18next';

/** The signed-in person on pages outside a treaty. */
export function SessionName({ session }: { session: SessionJSON }) {
  const { t } = useTranslation('access');
  return (
    <p className="me-badge" title={t('me.session')}>
      <span className="me-name">{session.displayName}</span>
    </p>
  );
}
