import type { MeJSON } from '@pactum/shared';
import { useTranslation } from 'react-i18next';

/** Who you are in this treaty: "Olena · UA · Drafter". */
export function MeBadge({ me }: { me: MeJSON }) {
  const { t } = useTranslation('access');
  return (
    <p className="me-badge" data-testid="me-badge" title={t('me.inTreaty')}>
      <span className="color-dot" style={{ backgroundColor: me.color }} aria-hidden="true" />
      <span className="me-name">{me.displayName}</span>
      {me.delegation && <span className="me-delegation"> · {me.delegation}</span>}
      <span className={`role-badge is-${me.role}`}>
        <span className="visually-hidden"> · </span>
        {t(`role.${me.role}`)}
      </span>
    </p>
  );
}
