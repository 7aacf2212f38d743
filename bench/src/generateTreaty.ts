import {
  type ClauseDraft,
  type TreatyDraft,
  type TreatyJSON,
  treatyFromYDoc,
  writeTreatyToYDoc,
} from '@pactum/shared';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';

const EN_SUBJECTS = [
  'The Parties',
  'Each Supporting State',
  'The Joint Monitoring Mission',
  'The depositary',
  'Ukraine',
  'The early-warning centre',
];
const EN_MODALS = ['shall', 'shall', 'shall', 'should', 'may', 'shall not'];
const EN_VERBS = [
  'provide',
  'maintain',
  'notify',
  'coordinate',
  'deliver',
  'verify',
  'review',
  'sustain',
  'report on',
  'consult on',
];
const EN_OBJECTS = [
  'assistance in the domains set out in this Agreement',
  'pre-positioned equipment and rapid reinforcement plans',
  'secure channels for the exchange of intelligence',
  'supply chains, maintenance capacity and strategic lift',
  'the production of ammunition and equipment',
  'air and missile defence capabilities',
  'the reconstruction of critical infrastructure',
];
const EN_TAILS = [
  'within 24 hours',
  'within 72 hours',
  'without delay',
  'annually',
  'upon verification of an armed attack',
  'in accordance with Article 6',
];
const UK_SUBJECTS = [
  'Сторони',
  'Кожна Держава-гарант',
  'Спільна моніторингова місія',
  'Депозитарій',
  'Україна',
];
const UK_MODALS = ['зобов’язуються', 'повинні', 'можуть'];
const UK_VERBS = ['надавати', 'підтримувати', 'повідомляти про', 'координувати', 'забезпечувати'];
const UK_OBJECTS = [
  'допомогу в усіх сферах цієї Угоди',
  'канали обміну розвідувальною інформацією',
  'ланцюги постачання та технічне обслуговування',
  'виробництво боєприпасів',
];
const UK_TAILS = ['протягом 24 годин', 'протягом 72 годин', 'невідкладно', 'щороку'];
const HEADINGS = [
  'Military assistance',
  'Intelligence',
  'Logistics',
  'Defence industry',
  'Activation',
  'Consultation',
  'Verification',
  'Reconstruction',
  'Допомога',
  'Консультації',
];

const pick = <T>(gen: prng.PRNG, list: readonly T[]): T => list[prng.uint32(gen, 0, list.length - 1)] as T;

function sentence(gen: prng.PRNG, ukrainian: boolean): string {
  return ukrainian
    ? `${pick(gen, UK_SUBJECTS)} ${pick(gen, UK_MODALS)} ${pick(gen, UK_VERBS)} ${pick(gen, UK_OBJECTS)} ${pick(gen, UK_TAILS)}.`
    : `${pick(gen, EN_SUBJECTS)} ${pick(gen, EN_MODALS)} ${pick(gen, EN_VERBS)} ${pick(gen, EN_OBJECTS)} ${pick(gen, EN_TAILS)}.`;
}

function paragraph(gen: prng.PRNG, ukrainian: boolean, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const next = sentence(gen, ukrainian);
    sentences.push(next);
    count += next.split(' ').length;
  }
  return sentences.join(' ');
}

export interface GeneratedTreaty {
  draft: TreatyDraft;
  json: TreatyJSON;
  words: number;
}

/** A deterministic treaty of `clauses` articles of ~`wordsPerClause` words, a third of them Ukrainian. */
export function generateTreaty(seed: number, clauses: number, wordsPerClause = 300): GeneratedTreaty {
  const gen = prng.create(seed);
  const drafts: ClauseDraft[] = Array.from({ length: clauses }, (_, i) => {
    const ukrainian = i % 3 === 2;
    return {
      heading: `${pick(gen, HEADINGS)} ${i + 1}`,
      paragraphs: [
        paragraph(gen, ukrainian, wordsPerClause / 2),
        paragraph(gen, ukrainian, wordsPerClause / 2),
      ],
      domains: [pick(gen, ['military-assistance', 'intelligence', 'logistics', 'cyber'])],
    };
  });
  const draft: TreatyDraft = {
    title: 'Generated Framework Agreement',
    preamble: ['The Parties,'],
    clauses: drafts,
  };
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, draft);
  const json = treatyFromYDoc(doc);
  doc.destroy();
  const words = json.clauses.reduce((sum, clause) => sum + clause.text.split(/\s+/).length, 0);
  return { draft, json, words };
}

/** `edits` small scattered edits (word replaced, phrase inserted, words deleted, shall → should). */
export function scatteredEdits(treaty: TreatyJSON, edits: number, seed: number): TreatyJSON {
  const gen = prng.create(seed);
  const clauses = treaty.clauses.map((clause) => ({ ...clause }));
  for (let i = 0; i < edits; i++) {
    const clause = clauses[prng.uint32(gen, 0, clauses.length - 1)];
    if (!clause) continue;
    const words = clause.text.split(' ');
    const at = prng.uint32(gen, 0, words.length - 1);
    switch (prng.uint32(gen, 0, 3)) {
      case 0:
        words[at] = 'amended';
        break;
      case 1:
        words.splice(at, 0, 'in good faith and');
        break;
      case 2:
        words.splice(at, 3);
        break;
      default: {
        const shall = words.indexOf('shall');
        words[shall === -1 ? at : shall] = 'should';
      }
    }
    clause.text = words.join(' ');
  }
  return { ...treaty, clauses };
}

/** Every other clause rewritten with new text. */
export function rewriteHalf(treaty: TreatyJSON, seed: number): TreatyJSON {
  const gen = prng.create(seed);
  return {
    ...treaty,
    clauses: treaty.clauses.map((clause, i) =>
      i % 2 === 0 ? { ...clause, text: paragraph(gen, i % 3 === 2, clause.text.split(' ').length) } : clause,
    ),
  };
}

export const wholeText = (treaty: TreatyJSON) => treaty.clauses.map((clause) => clause.text).join('\n');
