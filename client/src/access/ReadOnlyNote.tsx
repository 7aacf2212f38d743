import type { Role } from '@pactum/shared';
import { useTranslation } from 'react-i18next';

/** In place of the editing toolbar, for a role that may only read. */
export function ReadOnlyNote({ role }: { role: Role }) {
  const { t } = useTranslation('access');
  return (
    <p className="read-only-note" data-testid="read-only-note">
      <span className="read-only-label">{t('readOnly.label')}</span>
      {t(`readOnly.note.${role}`)}
    </p>
  );
}
