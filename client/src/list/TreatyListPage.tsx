import { type MemberJSON, ROLE_LABEL, type TreatySummary } from '@pactum/shared';
import { useEffect, useState } from 'react';
import { listTreaties } from '../api/treatyApi.ts';
import { Link } from '../router/Link.tsx';
import { navigate, treatyPath } from '../router/route.ts';
import { CreateTreatyForm } from './CreateTreatyForm.tsx';
import { ImportTreatyForm } from './ImportTreatyForm.tsx';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Load =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; treaties: TreatySummary[] };

/** "UA · Drafter": how this browser's session takes part in the treaty. */
function membershipLabel(memberships: readonly MemberJSON[], treatyId: string): string | null {
  const member = memberships.find((m) => m.treatyId === treatyId && m.revokedAt === null);
  return member ? `${member.delegation} · ${ROLE_LABEL[member.role]}` : null;
}

/** The treaties the signed-in person is a member of. */
export function TreatyListPage({ memberships }: { memberships: readonly MemberJSON[] }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    document.title = 'Treaties — Pactum';
    let current = true;
    listTreaties().then(
      (treaties) => current && setLoad({ state: 'ready', treaties }),
      (error: Error) => current && setLoad({ state: 'failed', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <main className="list-page">
      <h1>Your treaties</h1>
      <CreateTreatyForm onCreated={(treaty) => navigate(treatyPath(treaty.id))} />
      <ImportTreatyForm onImported={(treaty) => navigate(treatyPath(treaty.id))} />
      {load.state === 'loading' && <p className="muted">Loading treaties…</p>}
      {load.state === 'failed' && (
        <p className="form-error" role="alert">
          {load.message}
        </p>
      )}
      {load.state === 'ready' && load.treaties.length === 0 && (
        <p className="muted">
          You are not a member of any treaty yet. Start one above, or open an invite link.
        </p>
      )}
      {load.state === 'ready' && load.treaties.length > 0 && (
        <ul className="treaty-list">
          {load.treaties.map((treaty) => {
            const membership = membershipLabel(memberships, treaty.id);
            return (
              <li key={treaty.id}>
                <Link to={treatyPath(treaty.id)} className="treaty-card">
                  <span className="treaty-card-title">{treaty.title || 'Untitled treaty'}</span>
                  <span className="treaty-card-meta">
                    {membership && <span className="treaty-card-role">{membership} · </span>}
                    {treaty.clauseCount === 1 ? '1 article' : `${treaty.clauseCount} articles`} · updated{' '}
                    <time dateTime={treaty.updatedAt}>{dateFormat.format(new Date(treaty.updatedAt))}</time>
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
