import { describe, expect, it } from 'vitest';
import { CustomDomain, DomainKey } from './tagSchemas.ts';
import {
  ACTIVATION_MODES,
  DEFAULT_DOMAINS,
  MAX_SEVERITY,
  MIN_SEVERITY,
  TRIGGER_KINDS,
  VERIFIER_KINDS,
} from './vocabulary.ts';
import { vocabularyIn } from './vocabularyWording.ts';

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

  it('labels every domain, trigger, verifier, activation mode and severity level in every language', () => {
    for (const lang of ['en', 'uk', 'fr']) {
      const words = vocabularyIn(lang);
      for (const domain of DEFAULT_DOMAINS)
        expect(words.domain[domain.key as keyof typeof words.domain]).toBeTruthy();
      for (const kind of TRIGGER_KINDS) {
        expect(words.trigger[kind]).toBeTruthy();
        expect(words.triggerShort[kind]).toBeTruthy();
      }
      for (const kind of VERIFIER_KINDS) expect(words.verifier[kind]).toBeTruthy();
      for (const mode of ACTIVATION_MODES) {
        expect(words.activation[mode]).toBeTruthy();
        expect(words.activationShort[mode]).toBeTruthy();
      }
      for (let level = MIN_SEVERITY; level <= MAX_SEVERITY; level++)
        expect(words.severity[String(level) as keyof typeof words.severity]).toBeTruthy();
    }
    expect(vocabularyIn('en').severity['1']).toBe('Isolated incident');
    expect(vocabularyIn('en').severity['5']).toBe('Full-scale offensive');
  });
});
