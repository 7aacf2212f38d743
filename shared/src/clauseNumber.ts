/** The word for "Article" in the languages Pactum knows; others fall back to English. */
const ARTICLE_WORD: Record<string, string> = {
  en: 'Article',
  uk: 'Стаття',
  fr: 'Article',
  de: 'Artikel',
  pl: 'Artykuł',
};

/** The label of the clause at 1-based `number` in `lang`, e.g. "Article 3", "Стаття 3". */
export function clauseLabel(number: number, lang = 'en'): string {
  return `${ARTICLE_WORD[lang] ?? ARTICLE_WORD.en} ${number}`;
}
