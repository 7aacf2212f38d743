/** A domain of assistance a clause can belong to. */
export interface Domain {
  /** Stable key stored in documents; never changes once used. */
  key: string;
  label: string;
  /** CSS colour (hex) for chips and the matrix. */
  color: string;
}

/** The default domains of a security-guarantee treaty (domain.md); a treaty may add its own. */
export const DEFAULT_DOMAINS: readonly Domain[] = [
  { key: 'military-assistance', label: 'Military assistance', color: '#8c3b3b' },
  { key: 'intelligence', label: 'Intelligence', color: '#3b5b8c' },
  { key: 'logistics', label: 'Logistics', color: '#6b5a2e' },
  { key: 'defence-industry', label: 'Defence industry', color: '#5a4a7a' },
  { key: 'air-missile-defence', label: 'Air and missile defence', color: '#2e6b6b' },
  { key: 'maritime', label: 'Maritime', color: '#2e4f6b' },
  { key: 'cyber', label: 'Cyber', color: '#4a6b2e' },
  { key: 'economic-reconstruction', label: 'Economic and reconstruction', color: '#7a5a2e' },
  { key: 'political-consultation', label: 'Political and consultation', color: '#5b5b5b' },
];

export const TRIGGER_KINDS = [
  'armed-attack',
  'missile-air-strike',
  'massing-of-forces',
  'ceasefire-violation',
  'cyber-attack',
  'blockade',
  'sabotage-hybrid',
  'treaty-defined',
] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export const TRIGGER_LABELS: Record<TriggerKind, string> = {
  'armed-attack': 'Armed attack on territory',
  'missile-air-strike': 'Missile or air strike',
  'massing-of-forces': 'Massing of forces / preparations detected',
  'ceasefire-violation': 'Ceasefire violation',
  'cyber-attack': 'Cyber attack on critical infrastructure',
  blockade: 'Blockade',
  'sabotage-hybrid': 'Sabotage or hybrid attack',
  'treaty-defined': 'Treaty-defined event',
};

/** Short forms for badges ("⚡ armed attack · auto · 24 h"). */
export const TRIGGER_SHORT_LABELS: Record<TriggerKind, string> = {
  'armed-attack': 'armed attack',
  'missile-air-strike': 'missile/air strike',
  'massing-of-forces': 'massing of forces',
  'ceasefire-violation': 'ceasefire violation',
  'cyber-attack': 'cyber attack',
  blockade: 'blockade',
  'sabotage-hybrid': 'sabotage/hybrid',
  'treaty-defined': 'treaty-defined event',
};

export const MIN_SEVERITY = 1;
export const MAX_SEVERITY = 5;
export const SEVERITY_LABELS: Record<number, string> = {
  1: 'Isolated incident',
  2: 'Limited strike or incursion',
  3: 'Sustained attack',
  4: 'Major offensive',
  5: 'Full-scale offensive',
};

export const VERIFIER_KINDS = [
  'joint-monitoring-mission',
  'early-warning-centre',
  'any-party',
  'international-body',
  'other',
] as const;
export type VerifierKind = (typeof VERIFIER_KINDS)[number];

export const VERIFIER_LABELS: Record<VerifierKind, string> = {
  'joint-monitoring-mission': 'Joint monitoring mission',
  'early-warning-centre': 'Early-warning centre',
  'any-party': 'Any party',
  'international-body': 'International body',
  other: 'Other',
};

export const ACTIVATION_MODES = ['automatic', 'automatic-after-consultation', 'discretionary'] as const;
export type ActivationMode = (typeof ACTIVATION_MODES)[number];

export const ACTIVATION_LABELS: Record<ActivationMode, string> = {
  automatic: 'Automatic',
  'automatic-after-consultation': 'Automatic after consultation',
  discretionary: 'Discretionary',
};

export const ACTIVATION_SHORT_LABELS: Record<ActivationMode, string> = {
  automatic: 'auto',
  'automatic-after-consultation': 'auto after consultation',
  discretionary: 'discretionary',
};

/** Longest deadline a threshold may set: one year. */
export const MAX_DEADLINE_HOURS = 8760;
