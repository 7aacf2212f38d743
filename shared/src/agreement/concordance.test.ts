import { describe, expect, it } from 'vitest';
import { clause, treaty } from '../tags/treatyFixture.ts';
import type { ClauseJSON, ClauseLanguageText } from '../treatyModel.ts';
import type { Actor, SignOff } from './agreementLayout.ts';
import { clauseContentHash } from './clauseContentHash.ts';
import { agreementOverview, ClauseStatus, clauseAgreement } from './clauseStatus.ts';
import { clauseConcordance, concordanceRecord, languageTextHash } from './concordance.ts';
import { emptyClauseRecord } from './readAgreement.ts';

const lawyer: Actor = { memberId: 'm-ua', name: 'Olena', delegation: 'UA' };
const AT = '2026-12-06T10:00:00.000Z';

const languageText = (heading: string, text: string, bold = false): ClauseLanguageText => ({
  heading,
  text,
  body: [
    { type: 'paragraph', content: [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }] },
  ],
});

function bilingual(
  en: ClauseLanguageText,
  uk: ClauseLanguageText,
  more: Record<string, ClauseLanguageText> = {},
) {
  return { ...clause(1), ...en, texts: { en, uk, ...more } } satisfies ClauseJSON;
}

const EN = languageText('Assistance', 'The Parties shall assist within 72 hours.');
const UK = languageText('Допомога', 'Сторони надають допомогу протягом 72 годин.');

describe('clauseConcordance', () => {
  it('calls a one-language article concordant: there is nothing to compare', () => {
    expect(clauseConcordance({ ...clause(1), ...EN, texts: { en: EN } }, undefined).status).toBe(
      'concordant',
    );
  });

  it('is unconfirmed until someone confirms, concordant right after', () => {
    const article = bilingual(EN, UK);
    expect(clauseConcordance(article, undefined)).toMatchObject({ status: 'unconfirmed', changed: [] });
    const record = concordanceRecord(article, lawyer, AT);
    expect(clauseConcordance(article, record)).toMatchObject({
      status: 'concordant',
      changed: [],
      empty: [],
      confirmed: { by: lawyer, at: AT },
    });
  });

  it('records a SHA-256 per language and the confirmed texts', () => {
    const record = concordanceRecord(bilingual(EN, UK), lawyer, AT);
    expect(Object.keys(record.hashes)).toEqual(['en', 'uk']);
    expect(record.hashes.uk).toMatch(/^[0-9a-f]{64}$/);
    expect(record.hashes.uk).not.toBe(record.hashes.en);
    expect(record.texts.uk).toEqual({
      heading: 'Допомога',
      text: 'Сторони надають допомогу протягом 72 годин.',
    });
  });

  it('turns outdated when one language changes, naming it; heading and emphasis count', () => {
    const record = concordanceRecord(bilingual(EN, UK), lawyer, AT);
    const ukEdited = bilingual(EN, languageText('Допомога', 'Сторони надають допомогу протягом 48 годин.'));
    expect(clauseConcordance(ukEdited, record)).toMatchObject({ status: 'outdated', changed: ['uk'] });
    const headingEdited = bilingual(languageText('Military assistance', EN.text), UK);
    expect(clauseConcordance(headingEdited, record)).toMatchObject({ status: 'outdated', changed: ['en'] });
    const bold = bilingual(languageText(EN.heading, EN.text, true), UK);
    expect(clauseConcordance(bold, record).changed).toEqual(['en']);
    expect(clauseConcordance(bilingual(EN, UK), record).status).toBe('concordant');
  });

  it('is incomplete while a language has no body text, whatever was confirmed', () => {
    const empty = bilingual(EN, languageText('Допомога', '  '));
    expect(clauseConcordance(empty, undefined)).toMatchObject({ status: 'incomplete', empty: ['uk'] });
    const record = concordanceRecord(empty, lawyer, AT);
    expect(clauseConcordance(empty, record).status).toBe('incomplete');
  });

  it('counts a language added after the confirmation as changed', () => {
    const record = concordanceRecord(bilingual(EN, UK), lawyer, AT);
    const withFrench = bilingual(EN, UK, {
      fr: languageText('Assistance', 'Les Parties prêtent assistance.'),
    });
    expect(clauseConcordance(withFrench, record)).toMatchObject({ status: 'outdated', changed: ['fr'] });
  });

  it('hashes content, not the order keys were written in', () => {
    const body = EN.body;
    expect(languageTextHash({ heading: 'A', body })).toBe(
      languageTextHash({ body, heading: 'A' } as typeof EN),
    );
    expect(languageTextHash({ heading: 'A', body })).not.toBe(languageTextHash({ heading: 'B', body }));
  });
});

describe('agreement over every language', () => {
  const parties = treaty([]).parties;
  const signOffs = (article: ClauseJSON): SignOff[] =>
    parties.map(({ code }) => ({
      clauseId: article.clauseId,
      delegation: code,
      by: { ...lawyer, delegation: code },
      at: AT,
      contentHash: clauseContentHash(article),
      adReferendum: false,
    }));

  it('is agreed only when the texts are concordant; the overview says concordance is what is missing', () => {
    const article = bilingual(EN, UK);
    const signed = { ...emptyClauseRecord(), signoffs: signOffs(article) };
    const unconfirmed = clauseAgreement(article, parties, signed);
    expect(unconfirmed).toMatchObject({ status: ClauseStatus.draft, awaitingConcordance: true, missing: [] });
    const confirmed = { ...signed, concordance: [concordanceRecord(article, lawyer, AT)] };
    expect(clauseAgreement(article, parties, confirmed)).toMatchObject({
      status: ClauseStatus.agreed,
      awaitingConcordance: false,
    });
    const overview = agreementOverview(treaty([article]), new Map([[article.clauseId, signed]]));
    expect(overview.awaitingConcordance).toEqual([article.clauseId]);
    expect(overview.concordance).toEqual({ concordant: 0, outdated: 0, incomplete: 0, unconfirmed: 1 });
  });

  it('turns every sign-off stale after an edit of the Ukrainian text alone', () => {
    const article = bilingual(EN, UK);
    const record = {
      ...emptyClauseRecord(),
      signoffs: signOffs(article),
      concordance: [concordanceRecord(article, lawyer, AT)],
    };
    const ukEdited = bilingual(EN, languageText('Допомога', 'Сторони можуть надавати допомогу.'));
    const result = clauseAgreement(ukEdited, parties, record);
    expect(result.status).toBe(ClauseStatus.draft);
    expect(result.staleBy).toEqual(['UA', 'FR', 'UK']);
    expect(result.concordance).toMatchObject({ status: 'outdated', changed: ['uk'] });
  });
});
