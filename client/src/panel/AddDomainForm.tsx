import { CustomDomain, type Domain } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../i18n/i18n.ts';
import { useAction } from '../lib/useAction.ts';
import { domainLabel } from '../tags/vocabularyText.ts';
import { issueReason } from '../tags/writeResult.ts';
import { addDomain } from './treatyTagsApi.ts';

const DEFAULT_COLOR = '#6b4f7a';

/** What is wrong with a new domain's name before it is sent, or null; the server checks it all the same. */
function localProblem(label: string, domains: readonly Domain[]): string | null {
  const parsed = CustomDomain.shape.label.safeParse(label);
  const issue = parsed.error?.issues[0];
  if (issue) return issueReason(issue, 'label');
  const typed = label.trim().toLocaleLowerCase();
  // As stored (the server compares that), or as shown in the interface language.
  const same = domains.find(
    (domain) =>
      domain.label.toLocaleLowerCase() === typed || domainLabel(domain).toLocaleLowerCase() === typed,
  );
  return same ? i18next.t('panel:domains.taken', { label: domainLabel(same) }) : null;
}

/** The chair adds a domain of the treaty's own (beside the default ones) to every clause's choices. */
export function AddDomainForm({ treatyId, domains }: { treatyId: string; domains: readonly Domain[] }) {
  const { t } = useTranslation('panel');
  const [label, setLabel] = useState('');
  const [color, setColor] = useState(DEFAULT_COLOR);
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const id = useId();
  const error = problem ?? action.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(label, domains);
    setProblem(found);
    if (found) return;
    if (await action.run(() => addDomain(treatyId, { label, color }))) setLabel('');
  };

  return (
    <details className="add-domain">
      <summary>{t('domains.add')}</summary>
      <form className="inline-form" onSubmit={submit} noValidate>
        <div className="field field-grow">
          <label htmlFor={`${id}-label`}>{t('domains.name')}</label>
          <input
            id={`${id}-label`}
            value={label}
            maxLength={80}
            placeholder={t('domains.namePlaceholder')}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-color`}>{t('domains.color')}</label>
          <input
            id={`${id}-color`}
            type="color"
            value={color}
            onChange={(event) => setColor(event.target.value)}
          />
        </div>
        <button type="submit" className="button-small" disabled={action.busy}>
          {t('domains.submit')}
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
