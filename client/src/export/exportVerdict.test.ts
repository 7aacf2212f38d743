import { describe, expect, it } from 'vitest';
import type { ExportVerification } from './exportApi.ts';
import { exportVerdict } from './exportVerdict.ts';

const match = (scope: string, versionName: string, languages = ['en']) => ({
  versionId: 'live',
  versionName,
  scope,
  format: 'pdf',
  exportedAt: '2026-03-12T14:05:00.000Z',
  exportedBy: 'Olena · UA',
  languages,
});

const verification = (overrides: Partial<ExportVerification>): ExportVerification => ({
  stamp: 'ab'.repeat(32),
  matches: [],
  verdict: 'server sentence',
  ...overrides,
});

describe('exportVerdict', () => {
  it('names the scope, version and exporter of the first match, at a readable time', () => {
    const verdict = exportVerdict(
      verification({ matches: [match('full', 'Live text'), match('agreed', 'Paris draft 3')] }),
    );
    expect(verdict.kind).toBe('match');
    expect(verdict.sentence).toMatch(
      /^This file is the full text of "Live text" in English, exported .+ by Olena · UA\.$/,
    );
    expect(verdict.sentence).not.toContain('2026-03-12T');
  });

  it('keeps the server’s sentence when nothing matches, telling an unknown stamp from none', () => {
    expect(exportVerdict(verification({}))).toEqual({ kind: 'unknown', sentence: 'server sentence' });
    expect(exportVerdict(verification({ stamp: null }))).toEqual({
      kind: 'unstamped',
      sentence: 'server sentence',
    });
  });

  it('names the languages of the file, two of them side by side', () => {
    const bilingual = exportVerdict(
      verification({ matches: [match('agreed', 'Paris draft 3', ['en', 'uk'])] }),
    );
    expect(bilingual.sentence).toMatch(
      /^This file is the agreed text of "Paris draft 3" in English and Ukrainian side by side, exported /,
    );
  });
});
