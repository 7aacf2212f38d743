import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TREATY_FRAGMENT } from '../treatyLayout.ts';
import { treatyFromYDoc } from '../treatyYDoc.ts';
import { readLanguages } from './languagesLayout.ts';
import { languageTextsUpgrade } from './upgradeLayout.ts';

function element(
  name: string,
  children: Array<Y.XmlElement | Y.XmlText>,
  attrs: Record<string, string> = {},
) {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}

/** A treaty as stored before language versions: text straight under title, preamble and clauses. */
function legacyTreaty(): Y.Doc {
  const doc = new Y.Doc();
  const bold = new Y.XmlText();
  doc
    .getXmlFragment(TREATY_FRAGMENT)
    .insert(0, [
      element('treatyTitle', [new Y.XmlText('Treaty of Kyiv')]),
      element('preamble', [element('paragraph', [new Y.XmlText('The Parties,')])]),
      element(
        'clause',
        [
          element('clauseHeading', [new Y.XmlText('Purpose')]),
          element('clauseBody', [element('paragraph', [bold])]),
        ],
        { clauseId: 'c-purpose01' },
      ),
      element(
        'clause',
        [
          element('clauseHeading', [new Y.XmlText('Duration')]),
          element('clauseBody', [element('paragraph', [new Y.XmlText('Ten years.')])]),
        ],
        { clauseId: 'c-duration1' },
      ),
    ]);
  bold.insert(0, 'The Parties shall cooperate.');
  bold.format(4, 7, { bold: {} });
  return doc;
}

describe('moving a treaty stored before language versions into language texts', () => {
  it('makes its text the English text, keeping ids, order and formatting, once', () => {
    const legacy = legacyTreaty();
    const update = languageTextsUpgrade([Y.encodeStateAsUpdate(legacy)]);
    expect(update).not.toBeNull();
    const upgraded = new Y.Doc();
    Y.applyUpdate(upgraded, Y.encodeStateAsUpdate(legacy));
    Y.applyUpdate(upgraded, update as Uint8Array);

    expect(readLanguages(upgraded)).toEqual(['en']);
    const treaty = treatyFromYDoc(upgraded);
    expect([treaty.title, treaty.preamble]).toEqual(['Treaty of Kyiv', 'The Parties,']);
    expect(treaty.clauses.map((c) => [c.clauseId, c.label, c.heading, c.text])).toEqual([
      ['c-purpose01', 'Article 1', 'Purpose', 'The Parties shall cooperate.'],
      ['c-duration1', 'Article 2', 'Duration', 'Ten years.'],
    ]);
    expect(treaty.clauses[0]?.body[0]?.content?.[1]).toEqual({
      type: 'text',
      text: 'Parties',
      marks: [{ type: 'bold' }],
    });
    // Already moved: nothing more to write.
    expect(languageTextsUpgrade([Y.encodeStateAsUpdate(upgraded)])).toBeNull();
  });

  it('gives the same treaty when its update is applied twice (a retried migration)', () => {
    const legacy = legacyTreaty();
    const stored = Y.encodeStateAsUpdate(legacy);
    const upgrade = languageTextsUpgrade([stored]) as Uint8Array;
    const after = new Y.Doc();
    Y.applyUpdate(after, stored);
    Y.applyUpdate(after, upgrade);
    Y.applyUpdate(after, upgrade);
    expect(treatyFromYDoc(after).clauses.map((c) => c.heading)).toEqual(['Purpose', 'Duration']);
  });
});
