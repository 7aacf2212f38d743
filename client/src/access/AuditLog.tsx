import type { AuditEntry } from '@pactum/shared';
import { useId } from 'react';
import { formatWhen } from '../lib/formatWhen.ts';
import type { Loaded } from '../lib/useLoaded.ts';
import { AuditVerifier } from './AuditVerifier.tsx';
import { auditActorLabel, auditDetails, auditEventLabel } from './auditWording.ts';

/** The treaty's hash-chained log of significant events, newest first. */
export function AuditLog({ treatyId, entries }: { treatyId: string; entries: Loaded<AuditEntry[]> }) {
  const titleId = useId();
  return (
    <section className="access-section" aria-labelledby={titleId} data-testid="audit-log">
      <div className="access-section-head">
        <h2 id={titleId}>Audit log</h2>
        <AuditVerifier treatyId={treatyId} />
      </div>
      <p className="field-hint">
        Invites, memberships, parties, versions, exports, comments, sign-offs and every change of an article's
        status, in order, with the writes the server refused. Each entry carries the hash of the one before,
        so a changed, removed or inserted entry breaks the chain.
      </p>
      {entries.status === 'loading' && <p className="versions-loading">Loading the audit log…</p>}
      {entries.status === 'error' && (
        <p className="form-error" role="alert">
          {entries.message}
        </p>
      )}
      {entries.status === 'ready' && entries.value.length === 0 && (
        <p className="compare-note">Nothing recorded yet.</p>
      )}
      {entries.status === 'ready' && entries.value.length > 0 && (
        <table className="access-table audit-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time</th>
              <th scope="col">Actor</th>
              <th scope="col">Event</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {[...entries.value].reverse().map((entry) => (
              <tr key={entry.seq} data-testid="audit-entry">
                <td className="audit-seq">{entry.seq}</td>
                <td className="access-when">{formatWhen(entry.at)}</td>
                <td className="audit-actor">{auditActorLabel(entry.actor)}</td>
                <td className="audit-event" title={entry.event}>
                  {auditEventLabel(entry.event)}
                </td>
                <td>
                  <div className="audit-details">
                    {auditDetails(entry.details).map((detail) => (
                      <span key={detail}>{detail}</span>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
