import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parallelExport } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { fixtureCompare, fixtureExport, HOSTILE } from './exportFixture.ts';
import { renderParallelPdf } from './renderParallelPdf.ts';
import { renderPdf } from './renderPdf.ts';

function pdfToText(pdf: Buffer, ...options: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-parallel-')), 'file.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...options, '-enc', 'UTF-8', file, '-'], {
    maxBuffer: 1 << 26,
  }).toString();
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('renderParallelPdf', () => {
  // Three PDFs with 5,000-letter words: seconds on a busy machine.
  it('keeps hostile clause text as text in both narrow columns, endless words broken, no script', {
    timeout: 30_000,
  }, async () => {
    const first = fixtureExport('full');
    // The same text labelled in Ukrainian stands in for a second language.
    const second = { ...first, lang: 'uk' };
    const pdf = await renderParallelPdf(parallelExport(first, second), { annex: true });
    const raw = pdf.toString('latin1');
    for (const marker of ['/JavaScript', '/JS', '/URI', '/Launch', '/OpenAction'])
      expect(raw).not.toContain(marker);
    const text = squeeze(pdfToText(pdf));
    for (const piece of [HOSTILE.markup, HOSTILE.cdataEnd, HOSTILE.pdfOperators, HOSTILE.cyrillic]) {
      // Once per column, or as often as the text has it in each.
      const count = text.split(squeeze(piece)).length - 1;
      expect([piece, count > 0 && count % 2 === 0]).toEqual([piece, true]);
    }
    // The endless word is broken into lines, which side by side columns interleave: count its letters.
    const single = squeeze(pdfToText(await renderPdf(first)));
    const letters = (of: string) => of.replaceAll('Щенепогоджено', '').split('Щ').length - 1;
    expect(letters(single)).toBeGreaterThanOrEqual(2500);
    expect(letters(text)).toBe(2 * letters(single));
    expect(text).toContain('Щенепогоджено');
    expect(text).toContain('Notyetagreed');
    // The annex follows once, in the first language.
    expect(text.split('Annex—Clausetags').length - 1).toBe(1);
  });

  it('writes a compare side by side, with the changes marked in each column', async () => {
    const compare = fixtureCompare();
    const pdf = await renderParallelPdf(parallelExport(compare, { ...compare, lang: 'fr' }));
    const text = pdfToText(pdf);
    expect(text).toContain('(changed)');
    expect(text).toContain('(modifié)');
    expect(text).toContain('Page 1 of');
    expect(text).toContain('Page 1 sur');
  });
});
