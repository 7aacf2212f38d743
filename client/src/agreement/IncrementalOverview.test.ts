import {
  AgreementRoot,
  agreementKey,
  agreementOverview,
  clauseContentHash,
  readAgreement,
  type SignOff,
  setParty,
  TREATY_FRAGMENT,
  type TreatyJSON,
  treatyFromYDoc,
  writeTreatyToYDoc,
} from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IncrementalOverview } from './IncrementalOverview.ts';

function treatyDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    title: 'Test',
    preamble: [],
    parties: [
      { code: 'UA', name: 'Ukraine' },
      { code: 'FR', name: 'France' },
    ],
    clauses: ['one', 'two', 'three'].map((heading) => ({ heading, paragraphs: [`The ${heading}.`] })),
  });
  return doc;
}

function signOff(doc: Y.Doc, treaty: TreatyJSON, index: number, delegation: string): void {
  const clause = treaty.clauses[index];
  if (!clause) throw new Error(`no clause ${index}`);
  const signoff: SignOff = {
    clauseId: clause.clauseId,
    delegation,
    by: { memberId: `m-${delegation}`, name: delegation, delegation },
    at: '2026-11-30T10:00:00.000Z',
    contentHash: clauseContentHash(clause),
    adReferendum: false,
  };
  doc.getMap(AgreementRoot.signoffs).set(agreementKey(clause.clauseId, delegation), signoff);
}

/** Appends text to the body of the clause at `index`. */
function typeInto(doc: Y.Doc, index: number, text: string): void {
  const clause = doc.getXmlFragment(TREATY_FRAGMENT).get(index + 2) as Y.XmlElement;
  const paragraph = (clause.get(1) as Y.XmlElement).get(0) as Y.XmlElement;
  (paragraph.get(0) as Y.XmlText).insert(0, text);
}

describe('IncrementalOverview', () => {
  it('gives what agreementOverview gives, through sign-offs, edits, moves and new parties', () => {
    const doc = treatyDoc();
    const incremental = new IncrementalOverview();
    const same = () => {
      const treaty = treatyFromYDoc(doc);
      const records = readAgreement(doc);
      expect(incremental.compute(treaty, records)).toEqual(agreementOverview(treaty, records));
      return treaty;
    };
    let treaty = same();
    signOff(doc, treaty, 0, 'UA');
    signOff(doc, treaty, 0, 'FR');
    signOff(doc, treaty, 1, 'UA');
    treaty = same();
    expect(incremental.compute(treaty, readAgreement(doc)).counts.agreed).toBe(1);

    typeInto(doc, 0, 'Not ');
    const edited = incremental.compute(treatyFromYDoc(doc), readAgreement(doc));
    expect(edited.clauses[0]?.staleBy).toEqual(['UA', 'FR']);
    same();

    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    const first = (fragment.get(2) as Y.XmlElement).clone();
    doc.transact(() => {
      fragment.delete(2, 1);
      fragment.insert(4, [first]);
    });
    expect(incremental.compute(treatyFromYDoc(doc), readAgreement(doc)).clauses[2]?.number).toBe(3);
    same();

    setParty(doc, { code: 'UK', name: 'United Kingdom' });
    same();
  });

  it('hands back the same clause objects for clauses nothing happened to', () => {
    const doc = treatyDoc();
    const incremental = new IncrementalOverview();
    const before = incremental.compute(treatyFromYDoc(doc), readAgreement(doc));
    typeInto(doc, 1, 'x');
    const after = incremental.compute(treatyFromYDoc(doc), readAgreement(doc));
    expect(after.clauses[0]).toBe(before.clauses[0]);
    expect(after.clauses[1]).not.toBe(before.clauses[1]);
    expect(after.clauses[2]).toBe(before.clauses[2]);
  });
});
