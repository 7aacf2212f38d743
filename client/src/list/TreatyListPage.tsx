import type { MemberJSON } from '@pactum/shared';
import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { listTreaties } from '../api/treatyApi.ts';
import { formatWhen } from '../lib/formatWhen.ts';
import { useLoaded } from '../lib/useLoaded.ts';
import { Link } from '../router/Link.tsx';
import { navigate, treatyPath } from '../router/route.ts';
import { CreateTreatyForm } from './CreateTreatyForm.tsx';
import { ImportTreatyForm } from './ImportTreatyForm.tsx';

/** How this browser's session takes part in the treaty, if it does. */
function membershipOf(memberships: readonly MemberJSON[], treatyId: string): MemberJSON | undefined {
  return memberships.find((m) => m.treatyId === treatyId && m.revokedAt === null);
}

/** The treaties the signed-in person is a member of. */
export function TreatyListPage({ memberships }: { memberships: readonly MemberJSON[] }) {
  const { t } = useTranslation(['access', 'common']);
  const [load] = useLoaded('treaties', listTreaties);

  useEffect(() => {
    document.title = t('common:pageTitle', { page: t('list.pageTitle') });
  }, [t]);

  return (
    <main className="list-page">
      <h1>{t('list.title')}</h1>
      <CreateTreatyForm onCreated={(treaty) => navigate(treatyPath(treaty.id))} />
      <ImportTreatyForm onImported={(treaty) => navigate(treatyPath(treaty.id))} />
      {load.status === 'loading' && <p className="muted">{t('list.loading')}</p>}
      {load.status === 'error' && (
        <p className="form-error" role="alert">
          {load.message}
        </p>
      )}
      {load.status === 'ready' && load.value.length === 0 && <p className="muted">{t('list.empty')}</p>}
      {load.status === 'ready' && load.value.length > 0 && (
        <ul className="treaty-list">
          {load.value.map((treaty) => {
            const member = membershipOf(memberships, treaty.id);
            return (
              <li key={treaty.id}>
                <Link to={treatyPath(treaty.id)} className="treaty-card">
                  <span className="treaty-card-title">{treaty.title || t('untitledTreaty')}</span>
                  <span className="treaty-card-meta">
                    {member && (
                      <span className="treaty-card-role">
                        {t('list.membership', {
                          delegation: member.delegation,
                          role: t(`role.${member.role}`),
                        })}
                        {' · '}
                      </span>
                    )}
                    <Trans
                      t={t}
                      i18nKey="list.meta"
                      count={treaty.clauseCount}
                      values={{ when: formatWhen(treaty.updatedAt) }}
                      components={{ time: <time dateTime={treaty.updatedAt} /> }}
                    />
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
