import type { AgreementOverview } from '@pactum/shared';
import { useEffect } from 'react';
import { agreementStoreFor } from '../agreement/agreementStoreFor.ts';
import type { CollabSession } from '../collab/CollabSession.ts';
import { i18next } from '../i18n/i18n.ts';
import { announce } from '../lib/announce.ts';
import { formatList } from '../lib/formatList.ts';

/** Says "Connection lost" once when a live treaty goes offline, and "Connection restored" when it is back. */
export function announceConnection(session: Pick<CollabSession, 'getState' | 'subscribe'>): () => void {
  let wasLive = false;
  let lost = false;
  const update = () => {
    const { connection, closed } = session.getState();
    // A refused treaty says why on the page (ClosedNotice, an alert) and never comes back.
    if (closed) return;
    if (connection === 'connected') {
      if (lost) announce(i18next.t('a11y:announce.connectionRestored'));
      wasLive = true;
      lost = false;
    } else if (connection === 'disconnected' && wasLive && !lost) {
      lost = true;
      announce(i18next.t('a11y:announce.connectionLost'));
    }
  };
  update();
  return session.subscribe(update);
}

/**
 * Says when another delegation's sign-off of an article stops matching its
 * text (an edit, ours or anyone's), once per article and delegation: the
 * agreement store recomputes at most every 150 ms, and announce() gathers a
 * burst into one message.
 */
export function announceStaleSignOffs(session: CollabSession, ownDelegation: string | null): () => void {
  const store = agreementStoreFor(session);
  let stale: Map<string, ReadonlySet<string>> | null = null;
  const read = (overview: AgreementOverview) =>
    new Map(overview.clauses.map((clause) => [clause.clauseId, new Set(clause.staleBy)]));
  const update = () => {
    const overview = store.getSnapshot();
    const before = stale;
    stale = read(overview);
    if (!before) return;
    for (const clause of overview.clauses) {
      const was = before.get(clause.clauseId);
      // A new article has no sign-off to turn stale; one that was there is compared.
      if (!was) continue;
      const turned = clause.staleBy.filter((code) => !was.has(code) && code !== ownDelegation);
      if (turned.length === 0) continue;
      announce(
        i18next.t('a11y:announce.signOffStale', { number: clause.number, delegations: formatList(turned) }),
      );
    }
  };
  update();
  return store.subscribe(update);
}

/** The announcements of an open treaty (mounted once per open treaty). */
export function SessionAnnouncements({
  session,
  ownDelegation,
}: {
  session: CollabSession;
  ownDelegation: string | null;
}) {
  useEffect(() => announceConnection(session), [session]);
  useEffect(() => announceStaleSignOffs(session, ownDelegation), [session, ownDelegation]);
  return null;
}
