import {
  type ClauseLanguageText,
  clausesFromYDoc,
  clauseTextsOf,
  languageTextHash,
  readLanguages,
} from '@pactum/shared';
import type * as Y from 'yjs';

/** An article's text in each language as the live document holds it now (read only, never written). */
export function liveClauseTexts(doc: Y.Doc, clauseId: string): Map<string, ClauseLanguageText> | null {
  const [clause] = clausesFromYDoc(doc, new Set([clauseId])).clauses;
  return clause ? clauseTextsOf(clause, readLanguages(doc)[0] as string) : null;
}

/** The SHA-256 of each language text of the article now: what a confirmation says was read. */
export function liveTextHashes(doc: Y.Doc, clauseId: string): Record<string, string> | null {
  const texts = liveClauseTexts(doc, clauseId);
  return texts && Object.fromEntries([...texts].map(([lang, text]) => [lang, languageTextHash(text)]));
}
