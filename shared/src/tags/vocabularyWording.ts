import { DEFAULT_DOMAINS } from './vocabulary.ts';
import en from './vocabularyMessages/en.json';
import fr from './vocabularyMessages/fr.json';
import uk from './vocabularyMessages/uk.json';

/**
 * The tag vocabulary in English, Ukrainian and French: one source for the
 * interface (the client's `vocabulary` messages) and for exports, which word
 * tags in the language of the exported text, whoever exports it.
 */
export type VocabularyMessages = typeof en;

const VOCABULARY: Record<string, VocabularyMessages> = { en, uk, fr };

/** The vocabulary of a text's language; English for a language it is not written in. */
export function vocabularyIn(lang: string): VocabularyMessages {
  return VOCABULARY[lang] ?? en;
}

/** A message with its `{{name}}` variables filled in. */
export function fillVocabulary(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const BUILT_IN_LABEL = new Map(DEFAULT_DOMAINS.map((domain) => [domain.key, domain.label]));

/**
 * A domain's name in a language: a built-in domain whose stored label is still
 * the built-in English one is worded from the vocabulary; a custom domain, or
 * one the chair renamed, keeps the name it was given.
 */
export function domainName(domain: { key: string; label: string }, lang: string): string {
  if (BUILT_IN_LABEL.get(domain.key) !== domain.label) return domain.label;
  const words = vocabularyIn(lang).domain as Record<string, string>;
  return words[domain.key] ?? domain.label;
}
