import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clausesFromYDoc } from './clausesFromYDoc.ts';
import { treatyFromYDoc, writeTreatyToYDoc } from './treatyYDoc.ts';

describe('clausesFromYDoc', () => {
  it('reads the chosen clauses exactly as treatyFromYDoc does, numbers included', () => {
    const doc = new Y.Doc();
    writeTreatyToYDoc(doc, {
      title: 'T',
      preamble: ['P'],
      parties: [{ code: 'UA', name: 'Ukraine' }],
      clauses: [
        { heading: 'One', paragraphs: ['a'] },
        { heading: 'Two', paragraphs: ['b', ['c', 'd']], domains: ['cyber'] },
        { heading: 'Three', paragraphs: ['e'], domains: ['logistics'] },
      ],
    });
    const whole = treatyFromYDoc(doc);
    const wanted = new Set([
      whole.clauses[1]?.clauseId as string,
      whole.clauses[2]?.clauseId as string,
      'c-gone',
    ]);
    const picked = clausesFromYDoc(doc, wanted);
    expect(picked.clauses).toEqual(whole.clauses.slice(1));
    expect(picked.parties).toEqual(whole.parties);
  });
});
