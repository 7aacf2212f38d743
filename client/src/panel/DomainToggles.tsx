import { type Domain, setClauseDomain } from '@pactum/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { domainStyle } from '../tags/domainStyle.ts';
import { domainLabel } from '../tags/vocabularyText.ts';
import { writeResult } from '../tags/writeResult.ts';

interface DomainTogglesProps {
  doc: Y.Doc;
  clauseId: string;
  domains: readonly Domain[];
  selected: readonly string[];
}

/** Every domain of the treaty as a chip that tags or untags the clause. */
export function DomainToggles({ doc, clauseId, domains, selected }: DomainTogglesProps) {
  const { t } = useTranslation(['panel', 'vocabulary']);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <ul className="domain-toggles" aria-label={t('domains.ofArticle')}>
        {domains.map((domain) => {
          const on = selected.includes(domain.key);
          return (
            <li key={domain.key}>
              <button
                type="button"
                className="domain-toggle"
                aria-pressed={on}
                style={domainStyle(domain.color)}
                onClick={() => setError(writeResult(() => setClauseDomain(doc, clauseId, domain.key, !on)))}
              >
                <span className="domain-toggle-mark" aria-hidden="true">
                  {on ? '✓' : '+'}
                </span>
                {domainLabel(domain)}
              </button>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
