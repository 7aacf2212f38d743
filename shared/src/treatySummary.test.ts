import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LANG_ATTR, TREATY_FRAGMENT, TreatyNode } from './treatyLayout.ts';
import { treatySummaryFromYDoc, treatyTitleFromYDoc } from './treatySummary.ts';
import { writeTreatyToYDoc } from './treatyYDoc.ts';

function treaty(title: string, clauses: number, languages?: string[]): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    title,
    preamble: ['The Parties,'],
    clauses: Array.from({ length: clauses }, (_, i) => ({ heading: `Heading ${i}`, paragraphs: ['Text.'] })),
    ...(languages
      ? { languages, translations: { en: { title: 'In English', preamble: [], clauses: [] } } }
      : {}),
  });
  return doc;
}

function titleElement(lang: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(TreatyNode.title);
  const inLanguage = new Y.XmlElement(TreatyNode.titleText);
  inLanguage.setAttribute(LANG_ATTR, lang);
  inLanguage.insert(0, [new Y.XmlText(text)]);
  element.insert(0, [inLanguage]);
  return element;
}

describe('treaty summary read from the Yjs types', () => {
  it('gives the title in the first language and the number of articles', () => {
    expect(treatySummaryFromYDoc(treaty('Гарантії безпеки', 3, ['uk', 'en']))).toEqual({
      title: 'Гарантії безпеки',
      clauseCount: 3,
    });
  });

  it('reads the title alone, and follows a retitling', () => {
    const doc = treaty('Framework Agreement', 2);
    expect(treatyTitleFromYDoc(doc)).toBe('Framework Agreement');
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    doc.transact(() => {
      fragment.delete(0, 1);
      fragment.insert(0, [titleElement('en', 'Security Compact')]);
    });
    expect(treatyTitleFromYDoc(doc)).toBe('Security Compact');
  });

  it('still finds a title that is not the first node, and gives an empty one for an empty document', () => {
    const doc = treaty('Framework Agreement', 1);
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    fragment.insert(0, [new Y.XmlElement(TreatyNode.preamble)]);
    expect(treatyTitleFromYDoc(doc)).toBe('Framework Agreement');
    expect(treatyTitleFromYDoc(new Y.Doc())).toBe('');
  });
});
