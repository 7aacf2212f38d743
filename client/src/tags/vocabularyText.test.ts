import {
  addCommitment,
  type Commitment,
  DEFAULT_DOMAINS,
  setParty,
  setThreshold,
  TagInputError,
  type Threshold,
  updateCommitment,
  vocabularyIn,
} from '@pactum/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { i18next } from '../i18n/i18n.ts';
import { thresholdDescription } from './thresholdText.ts';
import { domainLabel } from './vocabularyText.ts';
import { writeProblem } from './writeResult.ts';

const threshold: Threshold = {
  trigger: 'armed-attack',
  minSeverity: 3,
  verifier: { kind: 'joint-monitoring-mission', name: '' },
  activation: 'automatic',
  consultationHours: 12,
  assistanceHours: 24,
};

async function inUkrainian(): Promise<void> {
  i18next.addResourceBundle('uk', 'vocabulary', vocabularyIn('uk'));
  await i18next.changeLanguage('uk');
}

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('domain labels', () => {
  const intelligence = DEFAULT_DOMAINS.find((domain) => domain.key === 'intelligence');
  if (!intelligence) throw new Error('no intelligence domain');

  it('word a built-in domain in the interface language while its stored label is the built-in one', async () => {
    expect(domainLabel(intelligence)).toBe('Intelligence');
    await inUkrainian();
    expect(domainLabel(intelligence)).toBe('Розвідка');
  });

  it('keep a renamed built-in domain and a custom domain as stored', async () => {
    await inUkrainian();
    expect(domainLabel({ key: 'intelligence', label: 'Intelligence and early warning' })).toBe(
      'Intelligence and early warning',
    );
    expect(domainLabel({ key: 'space', label: 'Space' })).toBe('Space');
  });
});

describe('threshold text in another language', () => {
  it('words every field from the vocabulary', async () => {
    await inUkrainian();
    expect(thresholdDescription(threshold)).toBe(
      'Умова застосування: Збройний напад на територію, рівень тяжкості 3 або вищий (Тривалий напад); підтверджує: Спільна моніторингова місія; активація: автоматична; консультації: протягом 12 год; допомога: протягом 24 год',
    );
  });
});

describe('refused tag writes', () => {
  const doc = new Y.Doc();
  const clauseId = 'c-abcdef';
  const commitment: Commitment = { party: 'UA', domain: 'logistics', capability: 'Airlift' };

  // What shared says in English, which the client's wording must keep word for word.
  const englishOf = (write: () => void): string => {
    try {
      write();
    } catch (error) {
      if (error instanceof TagInputError) return error.message;
    }
    throw new Error('the write went through');
  };
  const writes: Array<[string, () => void]> = [
    [
      'hours not a number',
      () => setThreshold(doc, clauseId, { ...threshold, consultationHours: Number.NaN }),
    ],
    ['hours not whole', () => setThreshold(doc, clauseId, { ...threshold, assistanceHours: 1.5 })],
    ['hours negative', () => setThreshold(doc, clauseId, { ...threshold, assistanceHours: -1 })],
    ['hours too many', () => setThreshold(doc, clauseId, { ...threshold, consultationHours: 9000 })],
    ['severity too high', () => setThreshold(doc, clauseId, { ...threshold, minSeverity: 6 })],
    ['severity too low', () => setThreshold(doc, clauseId, { ...threshold, minSeverity: 0 })],
    [
      'verifier name too long',
      () => setThreshold(doc, clauseId, { ...threshold, verifier: { kind: 'other', name: 'x'.repeat(201) } }),
    ],
    ['party code', () => addCommitment(doc, clauseId, { ...commitment, party: 'ua' })],
    ['quantity negative', () => addCommitment(doc, clauseId, { ...commitment, quantity: -1 })],
    ['quantity not a number', () => addCommitment(doc, clauseId, { ...commitment, quantity: Number.NaN })],
    ['unit too long', () => addCommitment(doc, clauseId, { ...commitment, unit: 'x'.repeat(41) })],
    ['unknown domain', () => addCommitment(doc, clauseId, { ...commitment, domain: 'space' })],
    ['removed commitment', () => updateCommitment(doc, 'm-gone', commitment)],
    ['empty party name', () => setParty(doc, { code: 'UA', name: '  ' })],
  ];

  it.each(writes)('keeps the English of shared: %s', (_, write) => {
    expect(writeProblem(write)?.message).toBe(englishOf(write));
  });

  it('words the reason and the field in the interface language', async () => {
    await inUkrainian();
    expect(writeProblem(writes[3]?.[1] ?? (() => {}))).toEqual({
      field: 'consultationHours',
      reason: 'має бути не більше 8760 годин',
      message: 'строк консультацій: має бути не більше 8760 годин',
    });
  });
});
