import { Party } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../i18n/i18n.ts';
import { useAction } from '../lib/useAction.ts';
import { fieldProblem, issueReason } from '../tags/writeResult.ts';
import { putParty } from './treatyTagsApi.ts';

/** What is wrong with a new party before it is sent ("code must be …"), and which field, or null. */
function localProblem(
  code: string,
  name: string,
  taken: readonly string[],
): { field: 'code' | 'name'; message: string } | null {
  // The server's PUT renames an existing party; adding one must not silently rename another.
  if (taken.includes(code)) return { field: 'code', message: i18next.t('panel:parties.taken', { code }) };
  const parsed = Party.safeParse({ code, name });
  const issue = parsed.error?.issues[0];
  if (!issue) return null;
  const field = issue.path[0] === 'name' ? 'name' : 'code';
  return { field, message: fieldProblem(field, issueReason(issue, field)) };
}

/** The chair adds a party; the server writes it into the treaty for everyone. */
export function AddPartyForm({ treatyId, taken }: { treatyId: string; taken: readonly string[] }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const { t } = useTranslation('panel');
  const [problem, setProblem] = useState<{ field: 'code' | 'name'; message: string } | null>(null);
  const action = useAction();
  const id = useId();
  const error = problem?.message ?? action.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(code, name, taken);
    setProblem(found);
    if (found || !(await action.run(() => putParty(treatyId, code, name)))) return;
    setCode('');
    setName('');
  };

  return (
    <form className="inline-form add-party" onSubmit={submit} noValidate>
      <div className="field party-code-field">
        <label htmlFor={`${id}-code`}>{t('parties.code')}</label>
        <input
          id={`${id}-code`}
          value={code}
          maxLength={6}
          placeholder={t('parties.codePlaceholder')}
          autoCapitalize="characters"
          aria-invalid={problem?.field === 'code'}
          onChange={(event) => setCode(event.target.value.toUpperCase())}
        />
      </div>
      <div className="field field-grow">
        <label htmlFor={`${id}-name`}>{t('parties.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={120}
          placeholder={t('parties.namePlaceholder')}
          aria-invalid={problem?.field === 'name'}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" className="button-small" disabled={action.busy}>
        {t('parties.submit')}
      </button>
      {error && (
        <p className="field-error form-row-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
