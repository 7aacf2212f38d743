import { clauseBodyElement, TREATY_FRAGMENT, writeTreatyToYDoc } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { caretLanguage } from './caretLanguage.ts';

function treaty(languages: string[]): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    languages,
    title: 'Security Agreement',
    preamble: ['The Parties,'],
    clauses: [{ heading: 'Purpose', paragraphs: ['The Parties shall cooperate.'] }],
    ...(languages.includes('uk') && {
      translations: {
        uk: {
          title: 'Угода про безпеку',
          preamble: ['Сторони,'],
          clauses: [{ heading: 'Мета', paragraphs: ['Сторони співпрацюють.'] }],
        },
      },
    }),
  });
  return doc;
}

/** A caret at the start of the first paragraph of the article's text in `lang`, as a caret plugin sends it. */
function caretIn(doc: Y.Doc, lang: string) {
  const paragraph = clauseBodyElement(doc, 0, lang).get(0) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 3));
  return { anchor: position, head: position };
}

describe('caretLanguage', () => {
  it('reads the language of the text the caret is in', () => {
    const doc = treaty(['en', 'uk']);
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    expect(caretLanguage(caretIn(doc, 'uk'), doc, fragment)).toBe('uk');
    expect(caretLanguage(caretIn(doc, 'en'), doc, fragment)).toBe('en');
  });

  it('says nothing in a treaty of one language, without a caret or for a caret that does not resolve', () => {
    const single = treaty(['en']);
    expect(caretLanguage(caretIn(single, 'en'), single, single.getXmlFragment(TREATY_FRAGMENT))).toBeNull();
    const doc = treaty(['en', 'uk']);
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    expect(caretLanguage(null, doc, fragment)).toBeNull();
    const roots = [...doc.share.keys()];
    const unknown = { item: { client: 424242, clock: 7 } };
    expect(caretLanguage({ anchor: unknown, head: unknown }, doc, fragment)).toBeNull();
    const elsewhere = { tname: 'notes' };
    expect(caretLanguage({ anchor: elsewhere, head: elsewhere }, doc, fragment)).toBeNull();
    // Reading a caret never creates a root type.
    expect([...doc.share.keys()]).toEqual(roots);
  });
});
