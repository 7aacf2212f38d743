import { useEffect } from 'react';
import { AppHeader } from '../shell/AppHeader.tsx';
import { JoinForm } from './JoinForm.tsx';
import { useInvitePreview } from './useInvitePreview.ts';

/** `/invite/<token>`: what the link offers, and joining under a display name. */
export function InvitePage({ token }: { token: string }) {
  const preview = useInvitePreview(token);

  useEffect(() => {
    document.title = 'Invitation — Pactum';
  }, []);

  return (
    <>
      <AppHeader />
      <main className="list-page">
        {preview.status === 'loading' && <p className="muted">Opening the invitation…</p>}
        {preview.status === 'unusable' && (
          <section className="access-card is-problem" role="alert" data-testid="invite-problem">
            <h1>{preview.title}</h1>
            <p className="access-lead">{preview.message}</p>
            <p className="muted">
              Invite links are personal to a delegation and expire; your chair can send a new one.
            </p>
          </section>
        )}
        {preview.status === 'ready' && <JoinForm token={token} invite={preview.invite} />}
      </main>
    </>
  );
}
