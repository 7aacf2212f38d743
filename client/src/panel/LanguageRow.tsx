import { languageName } from '@pactum/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interfaceLanguageName } from '../editor/languageLabel.ts';
import { useAction } from '../lib/useAction.ts';
import { ConfirmFieldset } from '../shell/ConfirmFieldset.tsx';
import { removeLanguage } from './languagesApi.ts';

interface LanguageRowProps {
  treatyId: string;
  code: string;
  /** The treaty's first language: its text is where every sign-off's hash starts. */
  first: boolean;
  /** The chair removes a language, never the last one. */
  removable: boolean;
}

/** One of the treaty's languages, named in itself and in the interface language; the chair may remove it after a warning. */
export function LanguageRow({ treatyId, code, first, removable }: LanguageRowProps) {
  const { t } = useTranslation('panel');
  const [confirming, setConfirming] = useState(false);
  const removal = useAction();
  // "French" in English, "французька" in Ukrainian, "français" in French.
  const named = interfaceLanguageName(code);
  const own = languageName(code, code);
  return (
    <li className="party-row language-row">
      <span className="party-code">{code}</span>
      <span className="party-name" lang={code}>
        {own}
        {own !== named && <span className="muted"> · {named}</span>}
      </span>
      <span className="party-commitments">{first ? t('languages.first') : ''}</span>
      {removable ? (
        <button
          type="button"
          className="icon-button"
          aria-label={t('languages.remove', { language: named })}
          aria-expanded={confirming}
          title={t('languages.remove', { language: named })}
          disabled={removal.busy}
          onClick={() => setConfirming(!confirming)}
        >
          ×
        </button>
      ) : (
        <span />
      )}
      {confirming && (
        <ConfirmFieldset className="party-confirm field-warning" onCancel={() => setConfirming(false)}>
          <legend className="visually-hidden">{t('languages.removeQuestion', { language: named })}</legend>
          <span>
            {t('languages.removeWarning', { language: named })}
            {first && ` ${t('languages.firstWarning')}`}
          </span>
          <button
            type="button"
            className="button-small button-danger"
            disabled={removal.busy}
            onClick={() => void removal.run(() => removeLanguage(treatyId, code))}
          >
            {t('languages.confirmRemove')}
          </button>
          <button type="button" className="button-small" onClick={() => setConfirming(false)}>
            {t('languages.keep')}
          </button>
        </ConfirmFieldset>
      )}
      {removal.error && (
        <p className="field-error form-row-error" role="alert">
          {removal.error}
        </p>
      )}
    </li>
  );
}
