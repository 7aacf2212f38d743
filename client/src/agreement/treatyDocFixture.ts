import { clauseBodyElement, TREATY_FRAGMENT, writeTreatyToYDoc } from '@pactum/shared';
import * as Y from 'yjs';

const HEADINGS = ['one', 'two', 'three'];

/** A treaty of three short clauses and two parties, for tests; with `uk`, in Ukrainian as well. */
export function treatyDoc({ uk = false } = {}): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    title: 'Test',
    preamble: [],
    parties: [
      { code: 'UA', name: 'Ukraine' },
      { code: 'FR', name: 'France' },
    ],
    clauses: HEADINGS.map((heading) => ({ heading, paragraphs: [`The ${heading}.`] })),
    ...(uk && {
      languages: ['en', 'uk'],
      translations: {
        uk: {
          title: 'Тест',
          preamble: [],
          clauses: HEADINGS.map((heading) => ({
            heading: `${heading} (uk)`,
            paragraphs: [`Текст ${heading}.`],
          })),
        },
      },
    }),
  });
  return doc;
}

/** The Yjs element of the clause at `index` (0-based). */
export function clauseElement(doc: Y.Doc, index: number): Y.XmlElement {
  return doc.getXmlFragment(TREATY_FRAGMENT).get(index + 2) as Y.XmlElement;
}

/** Inserts text at the start of the first paragraph of the clause at `index`, in `lang`. */
export function typeInto(doc: Y.Doc, index: number, text: string, lang?: string): void {
  const paragraph = clauseBodyElement(doc, index, lang).get(0) as Y.XmlElement;
  (paragraph.get(0) as Y.XmlText).insert(0, text);
}

/** Moves the clause at `from` to the end, as the editor does: a copy inserted, the original deleted. */
export function moveToEnd(doc: Y.Doc, from: number): void {
  const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
  const copy = clauseElement(doc, from).clone();
  doc.transact(() => {
    fragment.insert(fragment.length, [copy]);
    fragment.delete(from + 2, 1);
  });
}
