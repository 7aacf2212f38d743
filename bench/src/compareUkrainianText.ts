import { type TreatyDraft, type TreatyJSON, treatyFromYDoc, writeTreatyToYDoc } from '@pactum/shared';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';

const SUBJECTS = [
  'Сторони',
  'Кожна Держава-гарант',
  'Спільна моніторингова місія',
  'Депозитарій',
  'Україна',
  'Центр раннього попередження',
];
const MODALS = ['зобов’язуються', 'зобов’язуються', 'повинні', 'мають право', 'можуть', 'не можуть'];
const VERBS = ['надавати', 'підтримувати', 'повідомляти про', 'координувати', 'забезпечувати', 'перевіряти'];
const OBJECTS = [
  'допомогу в усіх сферах, визначених цією Угодою',
  'завчасно розміщене обладнання та плани швидкого посилення',
  'захищені канали обміну розвідувальною інформацією',
  'ланцюги постачання, ремонтні потужності та стратегічні перевезення',
  'виробництво боєприпасів і військової техніки',
  'спроможності протиповітряної та протиракетної оборони',
  'відновлення критичної інфраструктури',
];
const TAILS = [
  'протягом 24 годин',
  'протягом 72 годин',
  'невідкладно',
  'щороку',
  'після підтвердження факту збройного нападу',
  'відповідно до статті 6',
];

const pick = <T>(gen: prng.PRNG, list: readonly T[]): T => list[prng.uint32(gen, 0, list.length - 1)] as T;

function paragraph(gen: prng.PRNG, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const next = `${pick(gen, SUBJECTS)} ${pick(gen, MODALS)} ${pick(gen, VERBS)} ${pick(gen, OBJECTS)} ${pick(gen, TAILS)}.`;
    sentences.push(next);
    count += next.split(' ').length;
  }
  return sentences.join(' ');
}

/**
 * The generated treaty (`draft`, from generateTreaty) with a Ukrainian text
 * of about as many words per article: English and Ukrainian, both in full.
 */
export function withUkrainianText(draft: TreatyDraft, seed: number, wordsPerClause: number): TreatyJSON {
  const gen = prng.create(seed);
  const bilingual: TreatyDraft = {
    ...draft,
    languages: ['en', 'uk'],
    translations: {
      uk: {
        title: 'Згенерована рамкова угода',
        preamble: ['Сторони,'],
        clauses: draft.clauses.map((_, i) => ({
          heading: `Стаття про співробітництво ${i + 1}`,
          paragraphs: [paragraph(gen, wordsPerClause / 2), paragraph(gen, wordsPerClause / 2)],
        })),
      },
    },
  };
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, bilingual);
  const json = treatyFromYDoc(doc);
  doc.destroy();
  return json;
}

/** The treaty with each article's Ukrainian text replaced by `edit` of it (its English untouched). */
function editUkrainian(treaty: TreatyJSON, edit: (text: string, index: number) => string): TreatyJSON {
  return {
    ...treaty,
    clauses: treaty.clauses.map((clause, index) => {
      const uk = clause.texts.uk;
      if (!uk) return clause;
      const text = edit(uk.text, index);
      return text === uk.text ? clause : { ...clause, texts: { ...clause.texts, uk: { ...uk, text } } };
    }),
  };
}

/** `edits` small scattered edits of the Ukrainian text (word replaced, phrase inserted, words deleted, «зобов’язуються» → «можуть»). */
export function scatteredUkrainianEdits(treaty: TreatyJSON, edits: number, seed: number): TreatyJSON {
  const gen = prng.create(seed);
  const planned = new Map<number, number>();
  for (let i = 0; i < edits; i++) {
    const at = prng.uint32(gen, 0, treaty.clauses.length - 1);
    planned.set(at, (planned.get(at) ?? 0) + 1);
  }
  return editUkrainian(treaty, (text, index) => {
    const words = text.split(' ');
    for (let n = planned.get(index) ?? 0; n > 0; n--) {
      const at = prng.uint32(gen, 0, words.length - 1);
      switch (prng.uint32(gen, 0, 3)) {
        case 0:
          words[at] = 'змінено';
          break;
        case 1:
          words.splice(at, 0, 'сумлінно та');
          break;
        case 2:
          words.splice(at, 3);
          break;
        default: {
          const must = words.indexOf('зобов’язуються');
          words[must === -1 ? at : must] = 'можуть';
        }
      }
    }
    return words.join(' ');
  });
}

/** Every other article's Ukrainian text rewritten. */
export function rewriteHalfUkrainian(treaty: TreatyJSON, seed: number): TreatyJSON {
  const gen = prng.create(seed);
  return editUkrainian(treaty, (text, index) =>
    index % 2 === 0 ? paragraph(gen, text.split(' ').length) : text,
  );
}

/** The whole Ukrainian text, for the whole-text anchors. */
export const wholeUkrainianText = (treaty: TreatyJSON) =>
  treaty.clauses.map((clause) => clause.texts.uk?.text ?? '').join('\n');
