import { languageName } from '@pactum/shared';
import { useState } from 'react';
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

/** One of the treaty's languages, named in itself and in English; the chair may remove it after a warning. */
export function LanguageRow({ treatyId, code, first, removable }: LanguageRowProps) {
  const [confirming, setConfirming] = useState(false);
  const removal = useAction();
  const english = languageName(code);
  const own = languageName(code, code);
  return (
    <li className="party-row language-row">
      <span className="party-code">{code}</span>
      <span className="party-name" lang={code}>
        {own}
        {own !== english && <span className="muted"> · {english}</span>}
      </span>
      <span className="party-commitments">{first ? 'first' : ''}</span>
      {removable ? (
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove the ${english} text`}
          aria-expanded={confirming}
          title={`Remove the ${english} text`}
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
          <legend className="visually-hidden">Remove the {english} text?</legend>
          <span>
            The {english} text of every article, the title and the preamble goes; a version made first keeps
            it.
            {first && ' The next language becomes the first, so every sign-off turns stale.'}
          </span>
          <button
            type="button"
            className="button-small button-danger"
            disabled={removal.busy}
            onClick={() => void removal.run(() => removeLanguage(treatyId, code))}
          >
            Remove
          </button>
          <button type="button" className="button-small" onClick={() => setConfirming(false)}>
            Keep
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
