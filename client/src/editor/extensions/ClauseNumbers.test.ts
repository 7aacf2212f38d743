import { LANG_ATTR } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { numberClauses } from './ClauseNumbers.ts';
import { treatyEditor, treatyJSON } from './treatyEditorFixture.ts';

describe('numberClauses', () => {
  it('labels the heading of the shown text only, in its language', () => {
    const { doc } = treatyEditor(treatyJSON()).state;
    for (const [lang, word] of [
      ['en', 'Article'],
      ['uk', 'Стаття'],
    ]) {
      const labels = numberClauses(doc, [lang as string])
        .find()
        .map(({ from }) => {
          const $heading = doc.resolve(from + 1);
          return [$heading.parent.type.name, $heading.node(2).attrs[LANG_ATTR], $heading.parent.textContent];
        });
      expect(labels.map(([name, code]) => [name, code])).toEqual(Array(3).fill(['clauseHeading', lang]));
      expect(
        numberClauses(doc, [lang as string])
          .find()
          .map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-label']),
      ).toEqual([1, 2, 3].map((n) => `${word} ${n}`));
    }
  });

  it('labels both texts side by side, each in its own language', () => {
    const { doc } = treatyEditor(treatyJSON()).state;
    const labels = numberClauses(doc, ['uk', 'en'])
      .find()
      .map((d) => [
        doc.resolve(d.from + 1).node(2).attrs[LANG_ATTR],
        (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-label'],
      ]);
    expect(labels.slice(0, 2)).toEqual([
      ['en', 'Article 1'],
      ['uk', 'Стаття 1'],
    ]);
    expect(labels).toHaveLength(6);
  });
});
