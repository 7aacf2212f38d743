import { useEffect } from 'react';

/** The landing page for a browser without a session: there is nothing to see without an invite. */
export function InviteOnlyNotice() {
  useEffect(() => {
    document.title = 'Pactum';
  }, []);
  return (
    <main className="list-page">
      <section className="access-card" data-testid="invite-only">
        <p className="access-kicker">Collaborative treaty drafting</p>
        <h1>Welcome to Pactum</h1>
        <p className="access-lead">Pactum is invite-only. Open the invite link your chair sent you.</p>
        <p className="muted">
          The link signs this browser in to one treaty, for your delegation and with your role. If it has
          expired or was already used, ask your chair for a new one.
        </p>
      </section>
    </main>
  );
}
