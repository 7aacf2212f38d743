import {
  ACTIVATION_LABELS,
  ACTIVATION_MODES,
  type ActivationMode,
  type Domain,
  MAX_SEVERITY,
  MIN_SEVERITY,
  type Party,
  SEVERITY_LABELS,
  TRIGGER_KINDS,
  TRIGGER_LABELS,
  type TriggerKind,
  VERIFIER_KINDS,
  VERIFIER_LABELS,
  type VerifierKind,
} from '@pactum/shared';
import type { SelectOption } from '../forms/SelectField.tsx';

export const TRIGGER_OPTIONS: SelectOption<TriggerKind>[] = TRIGGER_KINDS.map((value) => ({
  value,
  label: TRIGGER_LABELS[value],
}));

export const ACTIVATION_OPTIONS: SelectOption<ActivationMode>[] = ACTIVATION_MODES.map((value) => ({
  value,
  label: ACTIVATION_LABELS[value],
}));

export const VERIFIER_OPTIONS: SelectOption<VerifierKind>[] = VERIFIER_KINDS.map((value) => ({
  value,
  label: VERIFIER_LABELS[value],
}));

/** "3 — Sustained attack"; the value is the number as a string, as a select holds it. */
export const SEVERITY_OPTIONS: SelectOption<string>[] = Array.from(
  { length: MAX_SEVERITY - MIN_SEVERITY + 1 },
  (_, index) => {
    const severity = MIN_SEVERITY + index;
    return { value: String(severity), label: `${severity} — ${SEVERITY_LABELS[severity] ?? ''}` };
  },
);

export function domainOptions(domains: readonly Domain[]): SelectOption<string>[] {
  return domains.map((domain) => ({ value: domain.key, label: domain.label }));
}

/** The treaty's parties by name, plus `current` when a commitment still names a party that was removed. */
export function partyOptions(parties: readonly Party[], current?: string): SelectOption<string>[] {
  const options = parties.map((party) => ({ value: party.code, label: party.name }));
  if (current && !parties.some((party) => party.code === current)) {
    options.push({ value: current, label: `${current} (not a party)` });
  }
  return options;
}
