import {
  ACTIVATION_LABELS,
  ACTIVATION_SHORT_LABELS,
  SEVERITY_LABELS,
  type Threshold,
  TRIGGER_LABELS,
  TRIGGER_SHORT_LABELS,
  VERIFIER_LABELS,
} from '@pactum/shared';

export function deadlineText(hours: number | null): string {
  return hours === null ? 'no deadline' : `${hours} h`;
}

/** Drawn before the badge text, hidden from screen readers ("high voltage sign"). */
export const TRIGGER_ICON = '⚡';

/** The margin badge after its icon: "armed attack · auto · 24 h" (the assistance deadline). */
export function thresholdBadgeText(threshold: Threshold): string {
  const { trigger, activation, assistanceHours } = threshold;
  return `${TRIGGER_SHORT_LABELS[trigger]} · ${ACTIVATION_SHORT_LABELS[activation]} · ${deadlineText(assistanceHours)}`;
}

/** The whole threshold in one sentence, for the badge's tooltip and screen readers. */
export function thresholdDescription(threshold: Threshold): string {
  const { trigger, minSeverity, verifier, activation, consultationHours, assistanceHours } = threshold;
  const verifiedBy = verifier.name
    ? `${VERIFIER_LABELS[verifier.kind]} (${verifier.name})`
    : VERIFIER_LABELS[verifier.kind];
  return [
    `Trigger: ${TRIGGER_LABELS[trigger]}, severity ${minSeverity} or more (${SEVERITY_LABELS[minSeverity] ?? ''})`,
    `verified by ${verifiedBy}`,
    `activation: ${ACTIVATION_LABELS[activation].toLowerCase()}`,
    `consultations: ${consultationHours === null ? 'no deadline' : `within ${consultationHours} h`}`,
    `assistance: ${assistanceHours === null ? 'no deadline' : `within ${assistanceHours} h`}`,
  ].join('; ');
}
