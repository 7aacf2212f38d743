import { type ChangeEvent, useId, useRef, useState } from 'react';
import { type ExportVerification, verifyExport } from './exportApi.ts';
import { VerificationResult } from './VerificationResult.tsx';

type Check =
  | { state: 'idle' }
  | { state: 'checking'; fileName: string }
  | { state: 'failed'; fileName: string; message: string }
  | { state: 'done'; fileName: string; verification: ExportVerification };

/** Upload a file to learn which export of this treaty it is, if any. */
export function VerifyExportForm({ treatyId }: { treatyId: string }) {
  const ids = useId();
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const latest = useRef(0);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const round = ++latest.current;
    setCheck({ state: 'checking', fileName: file.name });
    try {
      const verification = await verifyExport(treatyId, file);
      if (round === latest.current) setCheck({ state: 'done', fileName: file.name, verification });
    } catch (error) {
      if (round === latest.current)
        setCheck({ state: 'failed', fileName: file.name, message: (error as Error).message });
    }
  };

  return (
    <section className="export-section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Check a file</h2>
      <p className="export-section-intro">
        Every PDF, Word and XML export carries a stamp: the SHA-256 of the text it holds. Choose a file
        someone sent you to learn which export of this treaty it is.
      </p>
      <div className="field export-file-field">
        <label htmlFor={`${ids}-file`}>Exported file</label>
        <input id={`${ids}-file`} type="file" onChange={onFile} />
      </div>
      <div aria-live="polite">
        {check.state === 'checking' && <p className="muted">Checking {check.fileName}…</p>}
        {check.state === 'failed' && (
          <p className="form-error" role="alert">
            {check.fileName} could not be checked: {check.message}
          </p>
        )}
        {check.state === 'done' && (
          <VerificationResult fileName={check.fileName} verification={check.verification} />
        )}
      </div>
    </section>
  );
}
