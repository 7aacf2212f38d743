import {
  type LanguageDraft,
  type TreatyDraft,
  type TreatyJSON,
  treatyFromYDoc,
  writeTreatyToYDoc,
} from '@pactum/shared';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { generateTreaty } from './generateTreaty.ts';

const SUBJECTS = ['Сторони', 'Кожна Сторона', 'Спільна моніторингова місія', 'Депозитарій', 'Україна'];
const MODALS = ['зобов’язуються', 'забезпечують', 'можуть', 'не повинні'];
const VERBS = ['надавати', 'підтримувати', 'координувати', 'перевіряти', 'переглядати'];
const OBJECTS = [
  'допомогу в усіх сферах, визначених цією Угодою',
  'завчасно розміщене обладнання та плани швидкого підсилення',
  'захищені канали обміну розвідувальною інформацією',
  'ланцюги постачання, потужності з технічного обслуговування та стратегічні перевезення',
  'спроможності протиповітряної та протиракетної оборони',
  'відновлення критичної інфраструктури',
];
const TAILS = ['протягом 24 годин', 'протягом 72 годин', 'невідкладно', 'щороку', 'відповідно до статті 6'];

const pick = <T>(gen: prng.PRNG, list: readonly T[]): T => list[prng.uint32(gen, 0, list.length - 1)] as T;

/** Generated Ukrainian prose of about `words` words: a stand-in translation, not a translation. */
function ukrainianParagraph(gen: prng.PRNG, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = `${pick(gen, SUBJECTS)} ${pick(gen, MODALS)} ${pick(gen, VERBS)} ${pick(gen, OBJECTS)} ${pick(gen, TAILS)}.`;
    sentences.push(sentence);
    count += sentence.split(' ').length;
  }
  return sentences.join(' ');
}

export interface BilingualTreaty {
  /** The treaty read in English and in Ukrainian. */
  en: TreatyJSON;
  uk: TreatyJSON;
  /** Words of both texts. */
  words: number;
}

/**
 * The export bench's treaty: the generated treaty of `clauses` articles
 * (generateTreaty) as its English text, with a generated Ukrainian text of the
 * same length article by article.
 */
export function bilingualTreaty(seed: number, clauses: number, wordsPerClause: number): BilingualTreaty {
  const { draft } = generateTreaty(seed, clauses, wordsPerClause);
  const gen = prng.create(seed + 1);
  const uk: LanguageDraft = {
    title: 'Згенерована рамкова угода',
    preamble: ['Сторони,'],
    clauses: draft.clauses.map((clause, index) => ({
      heading: `Стаття про співробітництво ${index + 1}`,
      paragraphs: clause.paragraphs.map(() => ukrainianParagraph(gen, wordsPerClause / 2)),
    })),
  };
  const bilingual: TreatyDraft = { ...draft, languages: ['en', 'uk'], translations: { uk } };
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, bilingual);
  const texts = { en: treatyFromYDoc(doc, 'en'), uk: treatyFromYDoc(doc, 'uk') };
  doc.destroy();
  const count = (treaty: TreatyJSON) =>
    treaty.clauses.reduce((sum, clause) => sum + clause.text.split(/\s+/).length, 0);
  return { ...texts, words: count(texts.en) + count(texts.uk) };
}
