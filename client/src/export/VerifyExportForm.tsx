import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../lib/useAction.ts';
import { type ExportVerification, verifyExport } from './exportApi.ts';
import { VerificationResult } from './VerificationResult.tsx';

/** Upload a file to learn which export of this treaty it is, if any. */
export function VerifyExportForm({ treatyId }: { treatyId: string }) {
  const { t } = useTranslation('export');
  const ids = useId();
  const check = useAction();
  const [fileName, setFileName] = useState<string | null>(null);
  const [verification, setVerification] = useState<ExportVerification | null>(null);
  const latest = useRef(0);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const round = ++latest.current;
    setFileName(file.name);
    setVerification(null);
    await check.run(async () => {
      try {
        const found = await verifyExport(treatyId, file);
        if (round === latest.current) setVerification(found);
      } catch (error) {
        // The answer about a file chosen before the last one is not shown.
        if (round === latest.current) throw error;
      }
    });
  };

  return (
    <section className="export-section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('verify.title')}</h2>
      <p className="export-section-intro">{t('verify.intro')}</p>
      <div className="field export-file-field">
        <label htmlFor={`${ids}-file`}>{t('verify.file')}</label>
        <input id={`${ids}-file`} type="file" onChange={onFile} />
      </div>
      <div aria-live="polite">
        {fileName && check.busy && <p className="muted">{t('verify.checking', { file: fileName })}</p>}
        {fileName && !check.busy && check.error && (
          <p className="form-error" role="alert">
            {t('verify.failed', { file: fileName, message: check.error })}
          </p>
        )}
        {fileName && !check.busy && verification && (
          <VerificationResult fileName={fileName} verification={verification} />
        )}
      </div>
    </section>
  );
}
