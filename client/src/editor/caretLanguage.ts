import {
  type AwarenessCursor,
  cursorResolvesIn,
  isLanguageCode,
  LANG_ATTR,
  LANGUAGE_TEXT_NODES,
  readLanguages,
} from '@pactum/shared';
import * as Y from 'yjs';

/**
 * The language of the text a remote caret is in, read from where its head
 * lies in the treaty (awareness carries no language: the caret says it), or
 * null outside a language text, in a treaty of one language, or for a caret
 * that does not resolve in `fragment` (checked first: decoding must never write).
 */
export function caretLanguage(
  cursor: AwarenessCursor | null,
  doc: Y.Doc,
  fragment: Y.XmlFragment,
): string | null {
  if (!cursor || readLanguages(doc).length < 2 || !cursorResolvesIn(cursor, doc, fragment)) return null;
  const head = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON(cursor.head),
    doc,
  );
  for (
    let type: Y.AbstractType<unknown> | null = head?.type ?? null;
    type;
    type = type._item?.parent as Y.AbstractType<unknown> | null
  ) {
    if (type instanceof Y.XmlElement && LANGUAGE_TEXT_NODES.has(type.nodeName)) {
      const lang = type.getAttribute(LANG_ATTR);
      return isLanguageCode(lang) ? lang : null;
    }
  }
  return null;
}
