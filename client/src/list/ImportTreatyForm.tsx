import { ApiErrorCode, type TreatySummary } from '@pactum/shared';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/treatyApi.ts';
import { importTreaty } from '../export/exportApi.ts';
import { i18next } from '../i18n/i18n.ts';
import { errorMessage } from '../lib/errorMessage.ts';
import { useAction } from '../lib/useAction.ts';

/** Why a file cannot be imported, said the way a person who chose it can act on. */
function importFailure(error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.code === ApiErrorCode.NotATreatyFile) return i18next.t('access:list.import.notABackup');
    const { field, issue } = error.params ?? {};
    if (error.code === ApiErrorCode.BadRequest && field === 'treaty.clauses' && issue === 'too_small') {
      return i18next.t('access:list.import.noArticles');
    }
  }
  return errorMessage(error);
}

/** A new treaty from a JSON backup; whoever imports it chairs it. */
export function ImportTreatyForm({ onImported }: { onImported: (treaty: TreatySummary) => void }) {
  const { t } = useTranslation('access');
  const ids = useId();
  const { busy, error, run } = useAction(importFailure);
  const [fileName, setFileName] = useState('');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setFileName(file.name);
    const imported = await run(async () => onImported(await importTreaty(file)));
    // Choosing the same file again, once fixed, must fire a change again.
    if (!imported) input.value = '';
  };

  return (
    <div className="import-treaty">
      <div className="field">
        <label htmlFor={`${ids}-file`}>{t('list.import.label')}</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-invalid={error !== null}
          aria-describedby={error ? `${ids}-hint ${ids}-error` : `${ids}-hint`}
          onChange={onFile}
        />
      </div>
      <p id={`${ids}-hint`} className="field-hint">
        {busy ? t('list.import.busy') : t('list.import.hint')}
      </p>
      {error && (
        <p id={`${ids}-error`} className="form-error" role="alert">
          {t('list.import.failed', { file: fileName, reason: error })}
        </p>
      )}
    </div>
  );
}
