import { describe, expect, it } from 'vitest';
import { materialTextChanges } from './materialChanges.ts';
import { wordDiff } from './wordDiff.ts';

const PARTIES = ['Ukraine', 'UA', 'Україна', 'Poland', 'PL', 'Польща'];

/** The material changes between two texts, as a compare finds them. */
const material = (before: string, after: string) =>
  materialTextChanges(wordDiff(before, after).segments, PARTIES);
const kinds = (before: string, after: string) => material(before, after).map((change) => change.kind);

describe('material changes in Ukrainian', () => {
  it('flags an obligation turned into a permission, and back', () => {
    const must = 'Сторони зобов’язуються надавати одна одній допомогу в разі збройного нападу.';
    const may = 'Сторони мають право надавати одна одній допомогу в разі збройного нападу.';
    expect(material(must, may)).toEqual([
      {
        kind: 'modal',
        description: "obligation wording “зобов'язуються” → “мають право”",
        detail: { of: 'text', gone: ["зобов'язуються"], goneMore: 0, came: ['мають право'], cameMore: 0 },
      },
    ]);
    expect(kinds(may, must)).toEqual(['modal']);
    expect(
      kinds('Кожна Сторона повинна повідомити депозитарія.', 'Кожна Сторона може повідомити депозитарія.'),
    ).toEqual(['modal']);
    expect(kinds('Сторони мають провести консультації.', 'Сторони вправі провести консультації.')).toEqual([
      'modal',
    ]);
  });

  it('tells «мають» before an infinitive (an obligation) from «мають право» (a permission)', () => {
    expect(
      material(
        'Сторони мають невідкладно повідомити одна одну.',
        'Сторони мають право невідкладно повідомити одна одну.',
      ),
    ).toEqual([
      {
        kind: 'modal',
        description: 'obligation wording “мають” → “мають право”',
        detail: { of: 'text', gone: ['мають'], goneMore: 0, came: ['мають право'], cameMore: 0 },
      },
    ]);
  });

  it('flags a negated modal', () => {
    expect(
      kinds(
        'Сторони можуть передавати інформацію третім державам.',
        'Сторони не можуть передавати інформацію третім державам.',
      ),
    ).toEqual(['modal']);
    expect(
      kinds('Кожна Сторона має право вийти з цієї Угоди.', 'Жодна Сторона не має права вийти з цієї Угоди.'),
    ).toEqual(['modal']);
  });

  it('flags numbers in figures and in words, and ignores their case forms', () => {
    expect(material('протягом 30 днів', 'протягом 60 днів')).toEqual([
      {
        kind: 'number',
        description: 'number “30” → “60”',
        detail: { of: 'text', gone: ['30'], goneMore: 0, came: ['60'], cameMore: 0 },
      },
    ]);
    expect(kinds('протягом тридцяти днів', 'протягом шістдесяти днів')).toEqual(['number']);
    expect(kinds('протягом двадцяти п’яти днів', 'протягом двадцяти шести днів')).toEqual(['number']);
    expect(
      kinds('Угода укладається строком на десять років.', 'Угода укладається строком на двадцять років.'),
    ).toEqual(['number']);
  });

  it('flags a deadline whose unit or limit changed', () => {
    expect(material('протягом 30 днів', 'протягом 30 місяців')).toEqual([
      {
        kind: 'deadline',
        description: 'deadline “днів” → “місяців”',
        detail: { of: 'text', gone: ['днів'], goneMore: 0, came: ['місяців'], cameMore: 0 },
      },
    ]);
    expect(
      material(
        'Сторона надає відповідь протягом 72 годин з моменту отримання запиту.',
        'Сторона надає відповідь не пізніше ніж через 72 години з моменту отримання запиту.',
      ),
    ).toEqual([
      {
        kind: 'deadline',
        description: 'deadline “протягом” → “не пізніше ніж”',
        detail: { of: 'text', gone: ['протягом'], goneMore: 0, came: ['не пізніше ніж'], cameMore: 0 },
      },
    ]);
  });

  it('flags a party named or no longer named, in any case form', () => {
    expect(
      material(
        'Україна надає Республіці Польща інформацію про загрози.',
        'Польща надає Україні інформацію про загрози.',
      ).map((change) => change.kind),
    ).toEqual([]);
    expect(material('Допомогу надає Україна.', 'Допомогу надає Польща.')).toEqual([
      {
        kind: 'party',
        description: 'party “україна” → “польща”',
        detail: { of: 'text', gone: ['україна'], goneMore: 0, came: ['польща'], cameMore: 0 },
      },
    ]);
  });

  it('does not flag grammar: case, number, word order, «має» as "has"', () => {
    const unchanged = [
      ['Сторони зобов’язуються співпрацювати.', 'Кожна Сторона зобов’язується співпрацювати.'],
      ['Уряд України надає допомогу.', 'Допомогу надає Уряд України.'],
      ['Допомога надається Україні.', 'Допомога надається Україною.'],
      ['протягом тридцяти (30) днів', 'протягом тридцять (30) днів'],
      ['протягом 30 днів', 'протягом тридцяти днів'],
      ['протягом 30 днів', 'впродовж 30 днів'],
      ['Ця Угода має переважну силу.', 'Ця Угода має вищу юридичну силу.'],
      ['Українська сторона надає звіт.', 'Українська делегація надає звіт.'],
      ['Сторони мають право на самооборону.', 'Сторони мають невід’ємне право на самооборону.'],
      ['Сторони зобов’язуються співпрацювати.', "Сторони зобов'язуються тісно співпрацювати."],
    ];
    for (const [before, after] of unchanged)
      expect([before, kinds(before as string, after as string)]).toEqual([before, []]);
  });

  it('still flags English modals, numbers in words and deadlines', () => {
    expect(
      kinds('Each Party shall notify the depositary.', 'Each Party shall not notify the depositary.'),
    ).toEqual(['modal']);
    expect(kinds('within thirty days', 'within sixty days')).toEqual(['number']);
    expect(kinds('within 30 days', 'within thirty days')).toEqual([]);
    expect(kinds('within 30 days', 'no later than 30 days')).toEqual(['deadline']);
  });

  it('reads a long unchanged text only near the change', () => {
    const filler = 'Сторони співпрацюють у сфері безпеки. '.repeat(200);
    expect(
      kinds(`Сторони можуть діяти. ${filler}Кінець.`, `Сторони повинні діяти. ${filler}Кінець.`),
    ).toEqual(['modal']);
    // «мають» stays, «право» is inserted right after it: the phrase spans the unchanged run.
    expect(
      kinds(`${filler}Сторони мають надати допомогу.`, `${filler}Сторони мають право надати допомогу.`),
    ).toEqual(['modal']);
  });
});
