import { clauseLabel } from '../clauseNumber.ts';
import { DEFAULT_LANGUAGES } from '../languages/languagesLayout.ts';
import type { ClauseJSON, ClauseLanguageText, TreatyJSON } from '../treatyModel.ts';

const EMPTY: ClauseLanguageText = { heading: '', text: '', body: [] };

/** The language a treaty JSON was read in; one stored before language versions is in the default. */
const readIn = (treaty: Partial<Pick<TreatyJSON, 'lang'>>) => treaty.lang ?? (DEFAULT_LANGUAGES[0] as string);

/** A treaty's languages; one stored before language versions has the default alone. */
export function languagesOfTreaty(treaty: Partial<Pick<TreatyJSON, 'languages' | 'lang'>>): string[] {
  return treaty.languages && treaty.languages.length > 0 ? [...treaty.languages] : [readIn(treaty)];
}

/** One clause read in `lang`: its text there, or empty where it has none (its tags stay). */
export function clauseInLanguage(clause: ClauseJSON, lang: string, fallback: string): ClauseJSON {
  const own = clause.lang ?? fallback;
  const texts = { ...(clause.texts ?? {}) };
  if (!texts[own]) texts[own] = { heading: clause.heading, text: clause.text, body: clause.body };
  const text = own === lang ? { heading: clause.heading, text: clause.text, body: clause.body } : texts[lang];
  return { ...clause, ...(text ?? EMPTY), lang, label: clauseLabel(clause.number, lang), texts };
}

/**
 * The treaty read in `lang`: title, preamble and every clause's heading and
 * text in that language. A treaty from before `lang` was added (or before
 * language versions) reads as empty text there, so a compare shows it all
 * as new; `languages` stays what the treaty had.
 */
export function treatyInLanguage(treaty: TreatyJSON, lang: string): TreatyJSON {
  const own = readIn(treaty);
  if (own === lang && treaty.lang === lang) return treaty;
  const pick = (field: 'title' | 'preamble', all: Record<string, string> | undefined) =>
    own === lang ? treaty[field] : (all?.[lang] ?? '');
  return {
    ...treaty,
    languages: languagesOfTreaty(treaty),
    lang,
    title: pick('title', treaty.titles),
    preamble: pick('preamble', treaty.preambles),
    titles: { [own]: treaty.title, ...treaty.titles },
    preambles: { [own]: treaty.preamble, ...treaty.preambles },
    clauses: treaty.clauses.map((clause) => clauseInLanguage(clause, lang, own)),
  };
}
