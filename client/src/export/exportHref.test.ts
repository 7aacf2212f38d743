import { describe, expect, it } from 'vitest';
import { type ExportChoice, exportHref } from './exportHref.ts';

const choice = (overrides: Partial<ExportChoice>): ExportChoice => ({
  format: 'pdf',
  scope: 'full',
  version: 'live',
  from: 'v-older',
  to: 'live',
  annex: false,
  lang: 'en',
  ...overrides,
});

const queryOf = (href: string) => Object.fromEntries(new URL(href, 'http://x').searchParams);

describe('exportHref', () => {
  it('asks for one version of the agreed or full text', () => {
    const href = exportHref('t-abc', choice({ scope: 'agreed', version: 'v-1' }));
    expect(href.split('?')[0]).toBe('/api/treaties/t-abc/export.pdf');
    expect(queryOf(href)).toEqual({ scope: 'agreed', version: 'v-1', lang: 'en' });
  });

  it('asks for both sides of a compare and no single version', () => {
    expect(queryOf(exportHref('t-abc', choice({ scope: 'compare', lang: 'uk' })))).toEqual({
      scope: 'compare',
      from: 'v-older',
      to: 'live',
      lang: 'uk',
    });
  });

  it('adds the annex to a PDF only', () => {
    expect(queryOf(exportHref('t-abc', choice({ annex: true })))).toMatchObject({ annex: '1' });
    expect(queryOf(exportHref('t-abc', choice({ annex: false })))).not.toHaveProperty('annex');
    const word = exportHref('t-abc', choice({ format: 'docx', annex: true }));
    expect(word.split('?')[0]).toBe('/api/treaties/t-abc/export.docx');
    expect(queryOf(word)).not.toHaveProperty('annex');
  });

  it('asks for the language chosen, or two for a bilingual PDF', () => {
    expect(queryOf(exportHref('t-abc', choice({ lang: 'en,uk' })))).toMatchObject({ lang: 'en,uk' });
    expect(queryOf(exportHref('t-abc', choice({ format: 'akn', lang: 'uk' })))).toMatchObject({ lang: 'uk' });
  });

  it('names the Akoma Ntoso file by its double extension', () => {
    expect(exportHref('t-abc', choice({ format: 'akn' }))).toMatch(/\/export\.akn\.xml\?/);
  });

  it('exports the whole treaty as JSON, whatever scope was chosen before', () => {
    expect(exportHref('t-abc', choice({ format: 'json', scope: 'compare' }))).toBe(
      '/api/treaties/t-abc/export.json',
    );
  });
});
