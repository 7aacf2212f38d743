import { type ClauseTagsJSON, EMPTY_CLAUSE_TAGS } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { type ClauseFilter, clauseMatches, isFilterActive, NO_FILTER, searchKey } from './clauseFilter.ts';

const tagged: ClauseTagsJSON = {
  domains: ['maritime', 'logistics'],
  threshold: {
    trigger: 'blockade',
    minSeverity: 2,
    verifier: { kind: 'joint-monitoring-mission', name: '' },
    activation: 'automatic',
    consultationHours: 24,
    assistanceHours: 48,
  },
  commitments: [{ id: 'm-abcd', party: 'NL', domain: 'maritime', capability: 'Minehunters' }],
};
const text = () => searchKey('Сторони співпрацюють у сфері кібероборони. The Parties shall cooperate.');
const filter = (patch: Partial<ClauseFilter>): ClauseFilter => ({ ...NO_FILTER, ...patch });

describe('clauseMatches', () => {
  it('matches everything without a filter', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(isFilterActive(filter({ text: '   ' }))).toBe(false);
    expect(clauseMatches(NO_FILTER, EMPTY_CLAUSE_TAGS, text)).toBe(true);
  });

  it('needs any one of the chosen domains', () => {
    expect(clauseMatches(filter({ domains: ['cyber', 'maritime'] }), tagged, text)).toBe(true);
    expect(clauseMatches(filter({ domains: ['cyber'] }), tagged, text)).toBe(false);
  });

  it('checks trigger, activation and committed party', () => {
    expect(
      clauseMatches(filter({ trigger: 'blockade', activation: 'automatic', party: 'NL' }), tagged, text),
    ).toBe(true);
    expect(clauseMatches(filter({ trigger: 'armed-attack' }), tagged, text)).toBe(false);
    expect(clauseMatches(filter({ activation: 'discretionary' }), tagged, text)).toBe(false);
    expect(clauseMatches(filter({ party: 'FR' }), tagged, text)).toBe(false);
    expect(clauseMatches(filter({ trigger: 'blockade' }), EMPTY_CLAUSE_TAGS, text)).toBe(false);
  });

  it('searches text case-insensitively, Cyrillic included', () => {
    expect(clauseMatches(filter({ text: 'СТОРОНИ' }), tagged, text)).toBe(true);
    expect(clauseMatches(filter({ text: ' the PARTIES ' }), tagged, text)).toBe(true);
    expect(clauseMatches(filter({ text: 'ceasefire' }), tagged, text)).toBe(false);
  });
});
