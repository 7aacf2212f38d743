import type { AuditVerification } from '@pactum/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../lib/useAction.ts';
import { verifyAuditLog } from './accessApi.ts';
import { auditVerdict } from './auditWording.ts';

/** Asks the server to recompute every hash of the log and says whether the chain holds. */
export function AuditVerifier({ treatyId }: { treatyId: string }) {
  const { t } = useTranslation('access');
  const { busy, error, run } = useAction();
  const [result, setResult] = useState<AuditVerification | null>(null);

  const verify = () =>
    run(async () => {
      setResult(null);
      setResult(await verifyAuditLog(treatyId));
    });

  return (
    <div className="audit-verifier">
      {result && !busy && (
        <p
          className={`audit-verdict ${result.ok ? 'is-ok' : 'is-broken'}`}
          role="status"
          data-testid="audit-verdict"
        >
          {result.ok ? '✓ ' : '✗ '}
          {auditVerdict(result)}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button-small" disabled={busy} onClick={verify}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </button>
    </div>
  );
}
