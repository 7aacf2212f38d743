import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { treatyFromYDoc, writeTreatyToYDoc } from '../treatyYDoc.ts';
import { treatyFile, writeTreatyFileToYDoc } from './treatyFile.ts';
import { TreatyFile } from './treatyFileSchema.ts';

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
    clause.texts = { en: { heading: 'H', body: planted } };
    expect(() => writeTreatyFileToYDoc(new Y.Doc(), TreatyFile.parse(file))).toThrow(
      'invalid value of orderedList.start',
    );
    const { languages: _l, titles: _t, preambles: _p, ...rest } = file.treaty;
    const formatOne = {
      ...file,
      formatVersion: 1,
      treaty: {
        ...rest,
        title: 'T',
        preamble: 'P',
        clauses: [{ ...clause, texts: undefined, heading: 'H', body: planted }],
      },
    };
    expect(() => writeTreatyFileToYDoc(new Y.Doc(), TreatyFile.parse(formatOne))).toThrow(
      'invalid value of orderedList.start',
    );
  });

  it('refuses a file that says two things about one text, or leaves a language out', () => {
    const file = backup();
    const clause = file.treaty.clauses[0] as (typeof file.treaty.clauses)[number];
    const issues = (value: unknown) =>
      (TreatyFile.safeParse(value).error?.issues ?? []).map(
        (issue) => `${issue.path.join('.')}: ${issue.message}`,
      );
    expect(issues(file)).toEqual([]);
    expect(issues({ ...file, treaty: { ...file.treaty, title: 'Other' } })).toEqual([
      'treaty.title: belongs to format 1; format 2 has titles',
    ]);
    expect(issues({ ...file, treaty: { ...file.treaty, clauses: [{ ...clause, body: [] }] } })).toEqual([
      'treaty.clauses.0: has heading and body in format 1 only; format 2 has texts',
    ]);
    expect(issues({ ...file, treaty: { ...file.treaty, languages: ['en', 'uk'] } })).toEqual([
      'treaty.titles.uk: is required for every language',
      'treaty.preambles.uk: is required for every language',
      'treaty.clauses.0.texts.uk: is required for every language',
    ]);
  });
});
