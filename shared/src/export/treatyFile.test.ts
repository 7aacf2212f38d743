import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { treatyFromYDoc, writeTreatyToYDoc } from '../treatyYDoc.ts';
import { TreatyFile, treatyFile, writeTreatyFileToYDoc } from './treatyFile.ts';

function backup() {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, { title: 'T', preamble: ['P'], clauses: [{ heading: 'H', paragraphs: ['text'] }] });
  return treatyFile(treatyFromYDoc(doc), [], '2026-12-05T00:00:00.000Z');
}

describe('writeTreatyFileToYDoc', () => {
  it('imports a backup', () => {
    const doc = new Y.Doc();
    writeTreatyFileToYDoc(doc, TreatyFile.parse(backup()));
    expect(treatyFromYDoc(doc).clauses[0]?.text).toBe('text');
  });

  it('refuses text with attribute values the treaty schema does not allow, as the server does over the socket', () => {
    const file = backup();
    const clause = file.treaty.clauses[0] as (typeof file.treaty.clauses)[number];
    const planted = [
      {
        type: 'orderedList',
        attrs: { start: 'javascript:1' },
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] },
        ],
      },
    ];
    // In the text of a language (format 2), and as the only text of a format-1 file.
    clause.texts = { en: { heading: clause.heading, body: planted } };
    expect(() => writeTreatyFileToYDoc(new Y.Doc(), TreatyFile.parse(file))).toThrow(
      'invalid value of orderedList.start',
    );
    delete clause.texts;
    clause.body = planted;
    expect(() => writeTreatyFileToYDoc(new Y.Doc(), TreatyFile.parse({ ...file, formatVersion: 1 }))).toThrow(
      'invalid value of orderedList.start',
    );
  });
});
