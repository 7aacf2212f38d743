import { describe, expect, it } from 'vitest';
import { aknLanguage } from './aknLanguage.ts';
import { pageLine, statusNote, treatyDate, versionTitle } from './exportWording.ts';

const draft = {
  status: 'draft' as const,
  bracketedBy: [],
} as unknown as Parameters<typeof statusNote>[0];

describe('the wording of an export in its language', () => {
  it('has English, Ukrainian and French labels, and English ones with local dates for any other language', () => {
    expect(['en', 'uk', 'fr', 'de'].map((lang) => pageLine(3, 12, lang))).toEqual([
      'Page 3 of 12',
      'Сторінка 3 з 12',
      'Page 3 sur 12',
      'Page 3 of 12',
    ]);
    expect(['en', 'uk', 'fr', 'de'].map((lang) => statusNote(draft, { scope: 'full', lang }))).toEqual([
      'Not yet agreed',
      'Ще не погоджено',
      'Pas encore agréé',
      'Not yet agreed',
    ]);
    const at = '2026-11-30T23:30:00.000Z';
    expect(['en', 'uk', 'fr', 'de'].map((lang) => treatyDate(at, lang))).toEqual([
      '30 November 2026',
      '30 листопада 2026 р.',
      '30 novembre 2026',
      '30. November 2026',
    ]);
    expect(versionTitle({ versionId: 'live', versionName: 'Live text', lang: 'uk' })).toBe('Поточний текст');
    expect(versionTitle({ versionId: 'v-1', versionName: 'Paris draft 3', lang: 'uk' })).toBe(
      'Paris draft 3',
    );
    expect(
      versionTitle({
        versionId: 'v-2',
        versionName: 'Checkpoint of 2026-11-30T09:15:00.000Z',
        checkpointAt: '2026-11-30T09:15:00.000Z',
        lang: 'uk',
      }),
    ).toBe('Контрольна точка від 30 листопада 2026 р., 09:15 UTC');
  });

  it('names an Akoma Ntoso expression language by its ISO 639-2 code', () => {
    expect(['en', 'uk', 'fr', 'de', 'zu'].map(aknLanguage)).toEqual(['eng', 'ukr', 'fra', 'deu', 'zu']);
  });
});
