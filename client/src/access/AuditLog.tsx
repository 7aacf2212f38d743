import type { AuditEntry } from '@pactum/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import type { Loaded } from '../lib/useLoaded.ts';
import { AuditVerifier } from './AuditVerifier.tsx';
import { auditActorLabel, auditDetails, auditEventLabel } from './auditWording.ts';

/** The treaty's hash-chained log of significant events, newest first. */
export function AuditLog({ treatyId, entries }: { treatyId: string; entries: Loaded<AuditEntry[]> }) {
  const { t } = useTranslation('access');
  const titleId = useId();
  return (
    <section className="access-section" aria-labelledby={titleId} data-testid="audit-log">
      <div className="access-section-head">
        <h2 id={titleId}>{t('audit.title')}</h2>
        <AuditVerifier treatyId={treatyId} />
      </div>
      <p className="field-hint">{t('audit.intro')}</p>
      {entries.status === 'loading' && <p className="versions-loading">{t('audit.loading')}</p>}
      {entries.status === 'error' && (
        <p className="form-error" role="alert">
          {entries.message}
        </p>
      )}
      {entries.status === 'ready' && entries.value.length === 0 && (
        <p className="compare-note">{t('audit.empty')}</p>
      )}
      {entries.status === 'ready' && entries.value.length > 0 && (
        <table className="access-table audit-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.column.seq')}</th>
              <th scope="col">{t('audit.column.time')}</th>
              <th scope="col">{t('audit.column.actor')}</th>
              <th scope="col">{t('audit.column.event')}</th>
              <th scope="col">{t('audit.column.details')}</th>
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
