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

export const MIN_SEVERITY = 1;
export const MAX_SEVERITY = 5;
export const VERIFIER_KINDS = [
  'joint-monitoring-mission',
  'early-warning-centre',
  'any-party',
  'international-body',
  'other',
] as const;
export type VerifierKind = (typeof VERIFIER_KINDS)[number];

export const ACTIVATION_MODES = ['automatic', 'automatic-after-consultation', 'discretionary'] as const;
export type ActivationMode = (typeof ACTIVATION_MODES)[number];

/** Longest deadline a threshold may set: one year. */
export const MAX_DEADLINE_HOURS = 8760;
