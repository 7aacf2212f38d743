import type { Domain } from '@pactum/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { domainStyle } from '../tags/domainStyle.ts';
import { domainLabel } from '../tags/vocabularyText.ts';

interface DomainPickerProps {
  domains: readonly Domain[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** A drop-down of domain check boxes; closes on a click elsewhere or Escape. */
export function DomainPicker({ domains, selected, onChange }: DomainPickerProps) {
  const { t } = useTranslation('editor', { keyPrefix: 'filter' });
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (event: Event) => {
      const element = details.current;
      if (!element?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !element.contains(event.target as Node)) {
        // A check box that had focus is hidden with the list: focus goes back to the picker's own button.
        const hadFocus = element.contains(document.activeElement);
        element.open = false;
        if (hadFocus) element.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...selected, key] : selected.filter((domain) => domain !== key));

  return (
    <details ref={details} className="domain-picker">
      <summary>{selected.length === 0 ? t('anyDomain') : t('domains', { count: selected.length })}</summary>
      <fieldset className="domain-picker-list">
        <legend className="visually-hidden">{t('domainsLegend')}</legend>
        {domains.map((domain) => (
          <label key={domain.key} className="domain-picker-option" style={domainStyle(domain.color)}>
            <input
              type="checkbox"
              checked={selected.includes(domain.key)}
              onChange={(event) => toggle(domain.key, event.target.checked)}
            />
            <span className="domain-swatch" aria-hidden="true" />
            {domainLabel(domain)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
