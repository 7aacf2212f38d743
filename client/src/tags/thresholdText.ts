import type { Threshold } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';
import {
  activationInSentence,
  activationShortLabel,
  severityLabel,
  triggerLabel,
  triggerShortLabel,
  verifierLabel,
} from './vocabularyText.ts';

/** "24 h", or "no deadline" without one. */
export function deadlineText(hours: number | null): string {
  return hours === null ? i18next.t('vocabulary:noDeadline') : i18next.t('vocabulary:hours', { hours });
}

/** "within 24 h", or "no deadline" without one. */
export function withinDeadlineText(hours: number | null): string {
  return hours === null ? i18next.t('vocabulary:noDeadline') : i18next.t('vocabulary:withinHours', { hours });
}

/** Drawn before the badge text, hidden from screen readers ("high voltage sign"). */
export const TRIGGER_ICON = '⚡';

/** The margin badge after its icon: "armed attack · auto · 24 h" (the assistance deadline). */
export function thresholdBadgeText(threshold: Threshold): string {
  const { trigger, activation, assistanceHours } = threshold;
  return i18next.t('vocabulary:thresholdBadge', {
    trigger: triggerShortLabel(trigger),
    activation: activationShortLabel(activation),
    deadline: deadlineText(assistanceHours),
  });
}

/** Who verifies the event: "Joint monitoring mission (JMM Kyiv)". */
export function verifierText(verifier: Threshold['verifier']): string {
  const kind = verifierLabel(verifier.kind);
  return verifier.name
    ? i18next.t('vocabulary:verifierNamed', { verifier: kind, name: verifier.name })
    : kind;
}

/** The whole threshold in one sentence, for the badge's tooltip and screen readers. */
export function thresholdDescription(threshold: Threshold): string {
  const { trigger, minSeverity, verifier, activation, consultationHours, assistanceHours } = threshold;
  return i18next.t('vocabulary:thresholdDescription', {
    trigger: triggerLabel(trigger),
    severity: minSeverity,
    severityLabel: severityLabel(minSeverity),
    verifier: verifierText(verifier),
    activation: activationInSentence(activation),
    consultations: withinDeadlineText(consultationHours),
    assistance: withinDeadlineText(assistanceHours),
  });
}
