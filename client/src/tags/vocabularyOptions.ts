import {
  ACTIVATION_MODES,
  type ActivationMode,
  type Domain,
  MAX_SEVERITY,
  MIN_SEVERITY,
  type Party,
  TRIGGER_KINDS,
  type TriggerKind,
  VERIFIER_KINDS,
  type VerifierKind,
} from '@pactum/shared';
import type { SelectOption } from '../forms/SelectField.tsx';
import { i18next } from '../i18n/i18n.ts';
import {
  activationLabel,
  domainLabel,
  severityOptionLabel,
  triggerLabel,
  verifierLabel,
} from './vocabularyText.ts';

/** Options whose label is worded in the interface language each time it is read. */
function liveOptions<T extends string>(values: readonly T[], label: (value: T) => string): SelectOption<T>[] {
  return values.map((value) => ({
    value,
    get label() {
      return label(value);
    },
  }));
}

export const triggerOptions = (): SelectOption<TriggerKind>[] =>
  TRIGGER_KINDS.map((value) => ({ value, label: triggerLabel(value) }));

export const activationOptions = (): SelectOption<ActivationMode>[] =>
  ACTIVATION_MODES.map((value) => ({ value, label: activationLabel(value) }));

export const verifierOptions = (): SelectOption<VerifierKind>[] =>
  VERIFIER_KINDS.map((value) => ({ value, label: verifierLabel(value) }));

const SEVERITIES = Array.from({ length: MAX_SEVERITY - MIN_SEVERITY + 1 }, (_, index) =>
  String(MIN_SEVERITY + index),
);

/** "3 — Sustained attack"; the value is the number as a string, as a select holds it. */
export const severityOptions = (): SelectOption<string>[] =>
  SEVERITIES.map((value) => ({ value, label: severityOptionLabel(Number(value)) }));

// The same lists as constants, for callers written before the interface had languages:
// each label is worded when it is read, so it follows the interface language too.
export const TRIGGER_OPTIONS: SelectOption<TriggerKind>[] = liveOptions(TRIGGER_KINDS, triggerLabel);
export const ACTIVATION_OPTIONS: SelectOption<ActivationMode>[] = liveOptions(
  ACTIVATION_MODES,
  activationLabel,
);
export const VERIFIER_OPTIONS: SelectOption<VerifierKind>[] = liveOptions(VERIFIER_KINDS, verifierLabel);
export const SEVERITY_OPTIONS: SelectOption<string>[] = liveOptions(SEVERITIES, (value) =>
  severityOptionLabel(Number(value)),
);

/** The treaty's domains, built-in ones worded in the interface language (domainLabel). */
export function domainOptions(domains: readonly Domain[]): SelectOption<string>[] {
  return domains.map((domain) => ({ value: domain.key, label: domainLabel(domain) }));
}

/** The treaty's parties by name, plus `current` when a commitment still names a party that was removed. */
export function partyOptions(parties: readonly Party[], current?: string): SelectOption<string>[] {
  const options = parties.map((party) => ({ value: party.code, label: party.name }));
  if (current && !parties.some((party) => party.code === current)) {
    options.push({ value: current, label: i18next.t('vocabulary:notAParty', { code: current }) });
  }
  return options;
}
