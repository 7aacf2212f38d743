import { type ClauseAgreement, ClauseStatus } from '@pactum/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n.ts';
import ukAgreement from '../i18n/locales/uk/agreement.json';
import { agreementMarkerView } from './agreementMarker.ts';

const clause = (fields: Partial<ClauseAgreement>): ClauseAgreement =>
  ({
    clauseId: 'c-abcdef',
    number: 2,
    label: 'Article 2',
    heading: 'Purpose',
    status: ClauseStatus.draft,
    contentHash: 'h',
    signoffs: [],
    signedBy: [],
    staleBy: [],
    missing: [],
    brackets: [],
    options: [],
    comments: [],
    openComments: 0,
    reservations: [],
    concordance: { status: 'concordant', changed: [], empty: [] },
    awaitingConcordance: false,
    ...fields,
  }) as ClauseAgreement;

const draft = clause({ signedBy: ['UA', 'FR'], staleBy: ['DE'], missing: ['UK', 'DE', 'PL'] });

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('the status marker beside a heading', () => {
  it('reads in English as it always did', () => {
    const view = agreementMarkerView(draft);
    expect(view.text).toBe('draft · 2/5 signed · 1 stale');
    expect(view.title).toBe(
      [
        'Status: draft',
        'Signed off: UA, FR',
        'Signed before the text changed: DE',
        'Not signed: UK, DE, PL',
        'Open the agreement of this article',
      ].join('\n'),
    );
    expect(agreementMarkerView(clause({ status: ClauseStatus.agreedAdReferendum })).text).toBe('ad ref.');
  });

  it('is worded in the interface language, the delegations listed as it lists them', async () => {
    i18next.addResourceBundle('uk', 'agreement', ukAgreement);
    await i18next.changeLanguage('uk');
    const view = agreementMarkerView(draft);
    expect(view.text).toBe('проєкт · віз: 2/5 · 1 застаріла');
    expect(view.title.split('\n')).toEqual([
      'Статус: проєкт',
      'Завізували: UA і FR',
      'Завізували до зміни тексту: DE',
      'Не завізували: UK, DE і PL',
      'Відкрити стан погодження цієї статті',
    ]);
    // The key changes with the wording, so a language switch redraws the marker.
    await i18next.changeLanguage('en');
    expect(agreementMarkerView(draft).key).not.toBe(view.key);
  });
});
