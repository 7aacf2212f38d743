import { describe, expect, it } from 'vitest';
import { findUntranslated, looksLikeProse } from './findUntranslated.ts';

const texts = (source: string) => findUntranslated('example.tsx', source).map((found) => found.text);

describe('findUntranslated', () => {
  it('finds text, read attributes and prose in code', () => {
    expect(
      texts(`
        const labels = { military: 'Military assistance' };
        const Row = () => <td>{done ? 'all parties' : fallback}</td>;
        export const A = () => <button title="Sign off" aria-label={'close panel'}>Sign off {n ? 'Saved' : \`\${n} articles left.\`}</button>;
      `),
    ).toEqual([
      'Military assistance',
      'all parties',
      'Sign off',
      'close panel',
      'Sign off',
      'Saved',
      'x articles left.',
    ]);
  });

  it('leaves keys, class names, comparisons, imports, developer errors and ignored lines alone', () => {
    expect(
      texts(`
        import { A } from './Some Module.tsx';
        type Kind = 'Military' | 'Other';
        if (event.key === 'Enter' || kind !== 'Escape') throw new Error('Index has no root.');
        const binding = { 'Mod-Alt-g': run, Label: 1 };
        const el = <div className="app-header Wide" data-state="Open" id="x">{t('editor:saved')} {'→'}</div>;
        const button = <button title={t('toolbar.bold', { shortcut: 'Mod-b' })} aria-label={t('toolbar.bold')} />;
        // i18n-ignore: the brand is the same in every language
        const brand = 'Pactum';
        switch (kind) { case 'Military': break; }
      `),
    ).toEqual([]);
  });

  it('tells prose from identifiers', () => {
    expect(looksLikeProse('Saved')).toBe(true);
    expect(looksLikeProse('Тест')).toBe(true);
    expect(looksLikeProse('Unsigned: lift the bracket.')).toBe(true);
    expect(looksLikeProse('button primary')).toBe(false);
    expect(looksLikeProse('ArrowDown')).toBe(false);
    expect(looksLikeProse('/api/treaties')).toBe(false);
  });
});
