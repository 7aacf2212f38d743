import type { ClauseLanguageText } from '../treatyModel.ts';

/** A clause as read in one language, with (or, recorded before language versions, without) all of them. */
interface ReadClause extends ClauseLanguageText {
  lang?: string;
  texts?: Record<string, ClauseLanguageText>;
}

/**
 * The clause's text in each language it has, in order. Its own `heading`,
 * `text` and `body` are the text of `lang` (the language it was read in) and
 * win over `texts[lang]`; a clause without `texts` has only that one, in
 * `fallbackLang` when it does not say.
 */
export function clauseTextsOf(clause: ReadClause, fallbackLang: string): Map<string, ClauseLanguageText> {
  const own = { heading: clause.heading, text: clause.text, body: clause.body };
  const lang = clause.lang ?? fallbackLang;
  const texts = new Map(Object.entries(clause.texts ?? {}));
  if (texts.has(lang) || texts.size === 0) texts.set(lang, own);
  return texts;
}
