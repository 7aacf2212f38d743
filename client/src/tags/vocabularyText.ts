import {
  type ActivationMode,
  type Domain,
  domainName,
  MAX_SEVERITY,
  MIN_SEVERITY,
  type TriggerKind,
  type VerifierKind,
} from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';

/*
 * The tag vocabulary in the interface language, worded by key from the
 * `vocabulary` namespace at the moment the text is built. The messages live in
 * shared (tags/vocabularyMessages): exports word tags from the same words.
 */

/**
 * A domain as people read it: a built-in domain whose stored label is still
 * the built-in English one is worded in the interface language; a treaty's
 * own domain, or a built-in one the chair renamed, reads as stored.
 */
export function domainLabel(domain: Pick<Domain, 'key' | 'label'>): string {
  return domainName(domain, i18next.language || 'en');
}

/** The label of a domain by key among the treaty's domains; the key itself when the treaty has no such domain. */
export function domainLabelOf(key: string, domains: readonly Domain[]): string {
  const domain = domains.find((candidate) => candidate.key === key);
  return domain ? domainLabel(domain) : key;
}

/** "Armed attack on territory". */
export const triggerLabel = (trigger: TriggerKind): string => i18next.t(`vocabulary:trigger.${trigger}`);

/** "armed attack", for badges. */
export const triggerShortLabel = (trigger: TriggerKind): string =>
  i18next.t(`vocabulary:triggerShort.${trigger}`);

/** "Sustained attack" for 3; empty for a severity outside the scale. */
export function severityLabel(severity: number): string {
  if (!Number.isInteger(severity) || severity < MIN_SEVERITY || severity > MAX_SEVERITY) return '';
  return i18next.t(`vocabulary:severity.${severity}` as 'vocabulary:severity.1');
}

/** "3 — Sustained attack". */
export const severityOptionLabel = (severity: number): string =>
  i18next.t('vocabulary:severityOption', { severity, label: severityLabel(severity) });

/** "Joint monitoring mission". */
export const verifierLabel = (kind: VerifierKind): string => i18next.t(`vocabulary:verifier.${kind}`);

/** "Automatic after consultation", as a choice or a heading. */
export const activationLabel = (mode: ActivationMode): string => i18next.t(`vocabulary:activation.${mode}`);

/** "automatic after consultation", inside a sentence. */
export const activationInSentence = (mode: ActivationMode): string =>
  i18next.t(`vocabulary:activationInSentence.${mode}`);

/** "auto", for badges. */
export const activationShortLabel = (mode: ActivationMode): string =>
  i18next.t(`vocabulary:activationShort.${mode}`);
