import { describe, expect, it } from 'vitest';
import type { SignOff } from '../agreement/agreementLayout.ts';
import { clauseContentHash } from '../agreement/clauseContentHash.ts';
import type { AgreementRecords, ClauseRecord } from '../agreement/readAgreement.ts';
import { clause, treaty } from '../tags/treatyFixture.ts';
import type { ClauseJSON, TreatyJSON } from '../treatyModel.ts';
import { buildCompareExport, buildExport, type ExportSource } from './buildExport.ts';

const withText = (number: number, text: string): ClauseJSON => ({
  ...clause(number),
  text,
  body: [
    { type: 'paragraph', content: [{ type: 'text', text, marks: number === 1 ? [{ type: 'bold' }] : [] }] },
  ],
});
const agreedBy = (c: ClauseJSON, codes: string[]): ClauseRecord => ({
  signoffs: codes.map(
    (delegation): SignOff => ({
      clauseId: c.clauseId,
      delegation,
      by: { memberId: 'm', name: delegation, delegation },
      at: '2026-11-30T10:00:00.000Z',
      contentHash: clauseContentHash(c),
      adReferendum: false,
    }),
  ),
  brackets: [],
  options: [],
  comments: [],
  reservations: [],
  concordance: [],
});
const source = (t: TreatyJSON, records: AgreementRecords = new Map()): ExportSource => ({
  treaty: t,
  records,
  versionId: 'live',
  versionName: 'Live text',
});

describe('buildExport', () => {
  const one = withText(1, 'The Parties shall assist.');
  const two = withText(2, 'Сторони надають допомогу.');
  const three = withText(3, 'Third.');
  const t = treaty([one, two, three]);
  const records: AgreementRecords = new Map([
    [one.clauseId, agreedBy(one, ['UA', 'FR', 'UK'])],
    [three.clauseId, agreedBy(three, ['UA', 'FR', 'UK'])],
  ]);

  it('keeps only agreed articles, with their numbers and formatting, and lists the open ones', () => {
    const agreed = buildExport('agreed', source(t, records), '2026-11-30T12:00:00.000Z');
    expect(agreed.articles.map((a) => [a.number, a.status])).toEqual([
      [1, 'agreed'],
      [3, 'agreed'],
    ]);
    expect(agreed.articles[0]?.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'The Parties shall assist.', bold: true }] },
    ]);
    expect(agreed.openArticles).toEqual([
      { number: 2, label: 'Article 2', heading: 'Heading 2', status: 'draft' },
    ]);
    expect(buildExport('full', source(t, records), '2026-11-30T12:00:00.000Z').articles).toHaveLength(3);
  });

  it('stamps the content: same text, same stamp whenever it is exported; any change, another stamp', () => {
    const a = buildExport('agreed', source(t, records), '2026-11-30T12:00:00.000Z');
    const b = buildExport(
      'agreed',
      { ...source(t, records), versionName: 'Paris draft 3', versionId: 'v-abcdef' },
      '2027-01-01T00:00:00.000Z',
    );
    expect(a.stamp).toMatch(/^[0-9a-f]{64}$/);
    expect(b.stamp).toBe(a.stamp);
    expect(buildExport('full', source(t, records), a.exportedAt).stamp).not.toBe(a.stamp);
    const edited = treaty([withText(1, 'The Parties should assist.'), two, three]);
    expect(buildExport('full', source(edited, records), a.exportedAt).stamp).not.toBe(
      buildExport('full', source(t, records), a.exportedAt).stamp,
    );
  });

  it('turns a compare into redline runs, one paragraph per line', () => {
    const before = treaty([withText(2, 'Each Party shall act.\nWithin 24 hours.')]);
    const after = treaty([withText(2, 'Each Party should act.\nWithin 24 hours.')]);
    const redline = buildCompareExport(source(before), source(after), '2026-11-30T12:00:00.000Z');
    const [article] = redline.articles;
    expect(article?.comparison).toBe('changed');
    expect(article?.blocks).toHaveLength(2);
    const runs = article?.blocks[0]?.kind === 'paragraph' ? article.blocks[0].runs : [];
    expect(runs.filter((r) => r.change === 'deleted').map((r) => r.text.trim())).toEqual(['shall']);
    expect(runs.filter((r) => r.change === 'inserted').map((r) => r.text.trim())).toEqual(['should']);
    expect(redline.comparedWith).toEqual({ versionId: 'live', versionName: 'Live text' });
  });
});

describe('the annex tags', () => {
  const threshold = {
    trigger: 'armed-attack',
    minSeverity: 3,
    verifier: { kind: 'joint-monitoring-mission', name: '' },
    activation: 'automatic-after-consultation',
    consultationHours: 24,
    assistanceHours: 72,
  } as const;
  const tagged = clause(1, { domains: ['military-assistance', 'own'], threshold });
  const inLanguage = (lang: string) => {
    const t = treaty([tagged]);
    const own = { key: 'own', label: 'Demining', color: '#445566' };
    return buildExport(
      'full',
      source({ ...t, lang, domains: [...t.domains, own] }),
      '2026-12-06T12:00:00.000Z',
    ).articles[0]?.tags;
  };

  it('are worded in the exported text’s language, a treaty’s own domain as it was named', () => {
    expect(inLanguage('en')).toEqual({
      domains: ['Military assistance', 'Demining'],
      trigger:
        'Armed attack on territory, severity ≥ 3, verified by Joint monitoring mission, automatic after consultation',
      deadlines: 'consultations within 24 h, assistance within 72 h',
      committedParties: [],
    });
    expect(inLanguage('uk')).toEqual({
      domains: ['Військова допомога', 'Demining'],
      trigger:
        'Збройний напад на територію, рівень тяжкості ≥ 3, підтверджує: Спільна моніторингова місія, автоматична після консультацій',
      deadlines: 'консультації протягом 24 год, допомога протягом 72 год',
      committedParties: [],
    });
    expect(inLanguage('fr')?.deadlines).toBe('consultations sous 24 h, assistance sous 72 h');
    expect(inLanguage('de')?.trigger).toBe(inLanguage('en')?.trigger);
  });
});
