import type { AuditVerification } from '@pactum/shared';
import { useState } from 'react';
import { verifyAuditLog } from './accessApi.ts';

type Check =
  | { state: 'idle' | 'checking' }
  | { state: 'done'; result: AuditVerification }
  | { state: 'failed'; message: string };

function resultText(result: AuditVerification): string {
  if (!result.ok) return `The chain is broken at entry ${result.brokenAt}: ${result.reason}.`;
  const count = result.entries === 1 ? '1 entry' : `${result.entries} entries`;
  return `The chain is intact: ${count}, last hash ${result.lastHash.slice(0, 12)}…`;
}

/** Asks the server to recompute every hash of the log and says whether the chain holds. */
export function AuditVerifier({ treatyId }: { treatyId: string }) {
  const [check, setCheck] = useState<Check>({ state: 'idle' });

  const verify = async () => {
    setCheck({ state: 'checking' });
    try {
      setCheck({ state: 'done', result: await verifyAuditLog(treatyId) });
    } catch (failure) {
      setCheck({ state: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    }
  };

  return (
    <div className="audit-verifier">
      {check.state === 'done' && (
        <p
          className={`audit-verdict ${check.result.ok ? 'is-ok' : 'is-broken'}`}
          role="status"
          data-testid="audit-verdict"
        >
          {check.result.ok ? '✓ ' : '✗ '}
          {resultText(check.result)}
        </p>
      )}
      {check.state === 'failed' && (
        <p className="field-error" role="alert">
          {check.message}
        </p>
      )}
      <button type="button" className="button-small" disabled={check.state === 'checking'} onClick={verify}>
        {check.state === 'checking' ? 'Verifying…' : 'Verify chain'}
      </button>
    </div>
  );
}
