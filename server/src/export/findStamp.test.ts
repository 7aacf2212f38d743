import { STAMP_PREFIX } from '@pactum/shared';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findStamp } from './findStamp.ts';

const stamp = (digit: string) => digit.repeat(64);
const zip = (files: Record<string, string>) =>
  Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), {
      level: 9,
    }),
  );

describe('findStamp', () => {
  it('reads the stamp of a file that holds it as plain text (PDF metadata, XML)', () => {
    expect(findStamp(Buffer.from(`%PDF-1.7 /Keywords (${STAMP_PREFIX}${stamp('a')})`, 'latin1'))).toBe(
      stamp('a'),
    );
    expect(findStamp(Buffer.from('<akomaNtoso/>'))).toBeNull();
  });

  it('unpacks a zip to read the stamp from its properties, which compression hides from the raw bytes', () => {
    const docx = zip({
      'word/document.xml': 'x'.repeat(10_000),
      'docProps/custom.xml': `<vt:lpwstr>${STAMP_PREFIX}${stamp('b')}</vt:lpwstr>`,
    });
    expect(docx.toString('latin1')).not.toContain(STAMP_PREFIX);
    expect(findStamp(docx)).toBe(stamp('b'));
  });

  it('prefers the custom property to a stamp typed into the title, and reads footers last', () => {
    const docx = zip({
      'docProps/core.xml': `<dc:title>${STAMP_PREFIX}${stamp('c')}</dc:title>`,
      'docProps/custom.xml': `<vt:lpwstr>${STAMP_PREFIX}${stamp('d')}</vt:lpwstr>`,
    });
    expect(findStamp(docx)).toBe(stamp('d'));
    expect(findStamp(zip({ 'word/footer2.xml': `${STAMP_PREFIX}${stamp('e')}` }))).toBe(stamp('e'));
  });

  it('does not inflate a part larger than any metadata part, nor trip over a broken zip', () => {
    const big = zip({ 'docProps/core.xml': `${STAMP_PREFIX}${stamp('f')}${' '.repeat(2 << 20)}` });
    expect(findStamp(big)).toBeNull();
    const broken = Buffer.concat([
      Buffer.from('PK\u0003\u0004garbage'),
      Buffer.from(`${STAMP_PREFIX}${stamp('0')}`),
    ]);
    expect(findStamp(broken)).toBe(stamp('0'));
  });
});
