import * as Y from 'yjs';
import { readLanguages } from './languages/languagesLayout.ts';
import { LANG_ATTR, TREATY_FRAGMENT, TreatyNode } from './treatyLayout.ts';

/**
 * Title and clause count read straight from the Yjs types, without building a
 * ProseMirror document: cheap enough to run on every commit.
 */
export function treatySummaryFromYDoc(doc: Y.Doc): { title: string; clauseCount: number } {
  let title = '';
  let clauseCount = 0;
  for (const child of doc.getXmlFragment(TREATY_FRAGMENT).toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === TreatyNode.clause) clauseCount++;
    else if (child.nodeName === TreatyNode.title) title = titleIn(doc, child);
  }
  return { title, clauseCount };
}

/**
 * Only the title: the schema puts it first, so this does not walk the articles
 * (the editor asks on every update, remote keystrokes included).
 */
export function treatyTitleFromYDoc(doc: Y.Doc): string {
  const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
  const first = fragment.length > 0 ? fragment.get(0) : undefined;
  if (first instanceof Y.XmlElement && first.nodeName === TreatyNode.title) return titleIn(doc, first);
  return treatySummaryFromYDoc(doc).title;
}

/** The title in the treaty's first language: what lists and summaries show. */
function titleIn(doc: Y.Doc, title: Y.XmlElement): string {
  const lang = readLanguages(doc)[0];
  const texts = title.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
  const text = texts.find((node) => node.getAttribute(LANG_ATTR) === lang) ?? texts[0];
  return text ? plainText(text) : '';
}

function plainText(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((node) =>
      node instanceof Y.XmlText
        ? node
            .toDelta()
            .map((op: { insert: unknown }) => op.insert)
            .join('')
        : '',
    )
    .join('');
}
