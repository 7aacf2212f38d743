import { describe, expect, it } from 'vitest';
import { CustomDomain, DomainKey } from './tagSchemas.ts';
import {
  ACTIVATION_LABELS,
  ACTIVATION_MODES,
  ACTIVATION_SHORT_LABELS,
  DEFAULT_DOMAINS,
  MAX_SEVERITY,
  MIN_SEVERITY,
  SEVERITY_LABELS,
  TRIGGER_KINDS,
  TRIGGER_LABELS,
  TRIGGER_SHORT_LABELS,
  VERIFIER_KINDS,
  VERIFIER_LABELS,
} from './vocabulary.ts';

describe('tag vocabulary', () => {
  it('has the nine default domains of domain.md with unique, valid keys and colours', () => {
    expect(DEFAULT_DOMAINS.map((d) => d.label)).toEqual([
      'Military assistance',
      'Intelligence',
      'Logistics',
      'Defence industry',
      'Air and missile defence',
      'Maritime',
      'Cyber',
      'Economic and reconstruction',
      'Political and consultation',
    ]);
    expect(new Set(DEFAULT_DOMAINS.map((d) => d.key)).size).toBe(DEFAULT_DOMAINS.length);
    for (const domain of DEFAULT_DOMAINS) {
      expect(DomainKey.safeParse(domain.key).success).toBe(true);
      expect(CustomDomain.shape.color.safeParse(domain.color).success).toBe(true);
    }
  });

  it('labels every trigger, verifier, activation mode and severity level', () => {
    for (const kind of TRIGGER_KINDS) {
      expect(TRIGGER_LABELS[kind]).toBeTruthy();
      expect(TRIGGER_SHORT_LABELS[kind]).toBeTruthy();
    }
    for (const kind of VERIFIER_KINDS) expect(VERIFIER_LABELS[kind]).toBeTruthy();
    for (const mode of ACTIVATION_MODES) {
      expect(ACTIVATION_LABELS[mode]).toBeTruthy();
      expect(ACTIVATION_SHORT_LABELS[mode]).toBeTruthy();
    }
    for (let level = MIN_SEVERITY; level <= MAX_SEVERITY; level++)
      expect(SEVERITY_LABELS[level]).toBeTruthy();
    expect(SEVERITY_LABELS[1]).toBe('Isolated incident');
    expect(SEVERITY_LABELS[5]).toBe('Full-scale offensive');
  });
});
