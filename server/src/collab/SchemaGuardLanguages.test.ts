import {
  clauseTextElement,
  LANGUAGES_ROOT,
  readLanguages,
  TREATY_FRAGMENT,
  treatyFromYDoc,
  writeTreatyToYDoc,
} from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RootGuard } from './RootGuard.ts';
import { SchemaGuard } from './SchemaGuard.ts';
import { ServerOnlyGuard } from './ServerOnlyGuard.ts';

const CLIENT = Symbol('client');

/** A server document in English and Ukrainian with the guards, and a way to send it a client's edits. */
function bilingualServer() {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    languages: ['en', 'uk'],
    title: 'Treaty',
    preamble: ['The Parties,'],
    clauses: [
      { heading: 'Purpose', paragraphs: ['The Parties shall cooperate.'] },
      { heading: 'Duration', paragraphs: ['Ten years.'] },
    ],
    translations: {
      uk: {
        title: 'Договір',
        preamble: ['Сторони,'],
        clauses: [
          { heading: 'Мета', paragraphs: ['Сторони співпрацюють.'] },
          { heading: 'Строк дії', paragraphs: ['Десять років.'] },
        ],
      },
    },
  });
  const isClient = (origin: unknown) => origin === CLIENT;
  const guards = [
    new RootGuard(doc, isClient),
    new ServerOnlyGuard(doc, isClient),
    new SchemaGuard(doc, isClient),
  ];
  return {
    doc,
    send(change: (client: Y.Doc, fragment: Y.XmlFragment) => void): string[] {
      const client = new Y.Doc();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
      const updates: Uint8Array[] = [];
      client.on('update', (update: Uint8Array) => updates.push(update));
      change(client, client.getXmlFragment(TREATY_FRAGMENT));
      Y.applyUpdate(doc, Y.mergeUpdates(updates), CLIENT);
      return guards.flatMap((guard) => guard.afterClientUpdate());
    },
  };
}

const texts = (doc: Y.Doc) =>
  treatyFromYDoc(doc).clauses.map((clause) => [clause.texts.en?.text, clause.texts.uk?.text]);

describe('SchemaGuard with a treaty in two languages', () => {
  it('brings back, with its text, the Ukrainian text of an article a client deleted', () => {
    const server = bilingualServer();
    const before = texts(server.doc);
    const reasons = server.send((client, fragment) => {
      const clause = fragment.get(2) as Y.XmlElement;
      const uk = clauseTextElement(client, 0, 'uk') as Y.XmlElement;
      clause.delete(clause.toArray().indexOf(uk), 1);
    });
    expect(reasons).toEqual(['clause has no text in uk']);
    expect(texts(server.doc)).toEqual(before);
  });

  it('gives an article a client inserted in English only an empty Ukrainian text, keeping the English', () => {
    const server = bilingualServer();
    const reasons = server.send((_client, fragment) => {
      const clause = new Y.XmlElement('clause');
      clause.setAttribute('clauseId', 'c-inserted0001');
      const english = new Y.XmlElement('clauseText');
      english.setAttribute('lang', 'en');
      const heading = new Y.XmlElement('clauseHeading');
      const body = new Y.XmlElement('clauseBody');
      const paragraph = new Y.XmlElement('paragraph');
      fragment.insert(fragment.length, [clause]);
      clause.insert(0, [english]);
      english.insert(0, [heading, body]);
      heading.insert(0, [new Y.XmlText('New')]);
      body.insert(0, [paragraph]);
      paragraph.insert(0, [new Y.XmlText('A new article.')]);
    });
    expect(reasons).toEqual(['clause has no text in uk']);
    const added = treatyFromYDoc(server.doc).clauses[2];
    expect([added?.clauseId, added?.texts.en, added?.texts.uk?.text]).toEqual([
      'c-inserted0001',
      expect.objectContaining({ heading: 'New', text: 'A new article.' }),
      '',
    ]);
  });

  it('removes a second English text and a text in a language the treaty does not have', () => {
    const server = bilingualServer();
    const before = texts(server.doc);
    for (const lang of ['en', 'fr']) {
      const reasons = server.send((client, fragment) => {
        const copy = (clauseTextElement(client, 1, 'uk') as Y.XmlElement).clone();
        copy.setAttribute('lang', lang);
        (fragment.get(3) as Y.XmlElement).insert(0, [copy]);
      });
      expect(reasons).toHaveLength(1);
      expect(texts(server.doc)).toEqual(before);
      expect((server.doc.getXmlFragment(TREATY_FRAGMENT).get(3) as Y.XmlElement).length).toBe(2);
    }
  });

  it('reverts a client that rewrites or clears the treaty’s languages: the texts stay', () => {
    const server = bilingualServer();
    const before = texts(server.doc);
    for (const write of [
      (client: Y.Doc) => client.getMap(LANGUAGES_ROOT).set('codes', ['en']),
      (client: Y.Doc) => client.getMap(LANGUAGES_ROOT).delete('codes'),
      (client: Y.Doc) => client.getMap(LANGUAGES_ROOT).set('codes', ['en', 'uk', 'fr']),
    ]) {
      server.send((client) => write(client));
      expect(readLanguages(server.doc)).toEqual(['en', 'uk']);
      expect(texts(server.doc)).toEqual(before);
    }
  });
});
